package io.arrears.rest.internal.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ClaimService;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.security.Roles;
import io.arrears.rest.internal.security.TestUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimsResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final FakeClaims service = new FakeClaims();
    private final ClaimsResource resource = new ClaimsResource(service);
    private final SecurityContext manager = TestUser.of("mia", Roles.MANAGER);

    @Test
    void listsTheClaimsWithWhatIsOutstandingAndWhatTheyWereChargedFor() {
        List<ClaimJson> claims = resource.list("C-1");

        assertThat(claims).extracting(ClaimJson::id, ClaimJson::kind, ClaimJson::chargedFor, ClaimJson::status)
                .containsExactly(tuple("INT:C-1/INV-1:2026-01-29", "INTEREST", "INV-1", "OPEN"),
                        tuple("COMP:C-1/INV-1", "FEE", "INV-1", "OPEN"));
        assertThat(claims.get(1).outstanding().amount()).isEqualTo("40.00");
        assertThat(claims.get(1).waiver()).isNull();
        assertThatThrownBy(() -> resource.list("NOPE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aManagerWaivesAClaimWithAReasonAndIsRecordedAsTheOneWhoDid() {
        ClaimJson waived = resource.waive("C-1", "COMP:C-1/INV-1", new WaiverRequestJson("  goodwill  "), manager);

        assertThat(waived.status()).isEqualTo("WAIVED");
        assertThat(waived.waiver()).isEqualTo(new ClaimJson.WaiverJson("mia", TODAY, "goodwill"));
        assertThat(waived.outstanding().amount()).isEqualTo("0.00");
        assertThatThrownBy(() -> resource.waive("C-1", "COMP:C-1/INV-1", new WaiverRequestJson("again"), manager))
                .isInstanceOf(ClientErrorException.class)
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aWaiverNeedsAReasonAndAnExistingClaim() {
        assertThatThrownBy(() -> resource.waive("C-1", "COMP:C-1/INV-1", new WaiverRequestJson(" "), manager))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> resource.waive("C-1", "COMP:C-1/INV-1", new WaiverRequestJson("x".repeat(201)), manager))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> resource.waive("C-1", "COMP:C-1/INV-1", null, manager)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resource.waive("C-1", "C-1/INV-1", new WaiverRequestJson("not a claim"), manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("C-1/INV-1");
        assertThat(service.waivers).isEmpty();
        assertThatThrownBy(() -> resource.waive("C-1", "COMP:C-1/INV-1", new WaiverRequestJson("goodwill"),
                TestUser.of("carla", Roles.COLLECTOR))).as("a service without guardrails lets only a manager waive")
                .isInstanceOf(io.arrears.api.plan.ApprovalRequiredException.class);
    }

    @Test
    void onlyManagersMayWaiveWhileEveryRoleMayList() throws NoSuchMethodException {
        // enforced by RolesAllowedExtension (Jersey's RolesAllowedDynamicFeature); a collector's 403 is shown in DistributionIT
        RolesAllowed waive = ClaimsResource.class.getMethod("waive", String.class, String.class, WaiverRequestJson.class,
                SecurityContext.class).getAnnotation(RolesAllowed.class);
        RolesAllowed list = ClaimsResource.class.getMethod("list", String.class).getAnnotation(RolesAllowed.class);

        // a collector within the debtor's guardrails; beyond them the service refuses (403 needs-manager-approval)
        assertThat(waive.value()).containsExactlyInAnyOrder(Roles.COLLECTOR, Roles.MANAGER);
        assertThat(list.value()).containsExactlyInAnyOrder(Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN);
    }

    private static final class FakeClaims implements ClaimService {
        final List<Waiver> waivers = new ArrayList<>();

        @Override
        public Optional<List<Claim>> claims(String customerId) {
            if (!customerId.equals("C-1")) {
                return Optional.empty();
            }
            return Optional.of(List.of(claim("INT:C-1/INV-1:2026-01-29", ItemKind.INTEREST, "3.17"),
                    claim("COMP:C-1/INV-1", ItemKind.FEE, "40.00")));
        }

        private Claim claim(String id, ItemKind kind, String amount) {
            Money owed = Money.of(amount, "EUR");
            Money zero = Money.zero(owed.currency());
            Optional<Waiver> waiver = waivers.stream().filter(w -> w.itemId().equals(id)).findFirst();
            Item item = new Item(id, "C-1", kind, id, LocalDate.of(2026, 1, 29), LocalDate.of(2026, 1, 29), owed,
                    Optional.of("INV-1"), Optional.empty());
            ItemBalance balance = waiver.isPresent()
                    ? new ItemBalance(item, ItemStatus.WAIVED, zero, owed, zero, List.of())
                    : new ItemBalance(item, ItemStatus.OPEN, zero, zero, owed, List.of());
            return new Claim(balance, waiver);
        }

        @Override
        public Claim waive(String customerId, String claimId, String reason, String waivedBy) {
            Claim claim = claims(customerId).orElseThrow().stream().filter(c -> c.id().equals(claimId)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("customer '" + customerId + "' has no fee or interest claim '" + claimId + "'"));
            if (claim.waiver().isPresent()) {
                throw new IllegalStateException("claim '" + claimId + "' is WAIVED with nothing outstanding");
            }
            waivers.add(new Waiver(claimId, reason, waivedBy, TODAY));
            return claims(customerId).orElseThrow().stream().filter(c -> c.id().equals(claimId)).findFirst().orElseThrow();
        }
    }
}
