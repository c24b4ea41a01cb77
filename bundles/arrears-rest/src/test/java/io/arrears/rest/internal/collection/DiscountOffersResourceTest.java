package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.plan.DiscountOfferService;
import io.arrears.api.plan.DiscountOfferService.Judged;
import io.arrears.api.plan.DiscountOfferState;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscountOffersResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** Discounts above 2 % need a manager. */
    private final List<Judged> made = new ArrayList<>();
    private final DiscountOfferService service = new DiscountOfferService() {
        @Override
        public Judged offer(EarlyPaymentDiscount offer, String user, boolean mayApprove) {
            boolean beyond = offer.percent().compareTo(new BigDecimal("2")) > 0;
            if (beyond && !mayApprove) {
                throw new ApprovalRequiredException(List.of("discount of " + offer.percent() + "% exceeds the limit of 2%"));
            }
            Judged judged = new Judged(new StoredDiscountOffer("DISC-C1-1", offer, user, beyond ? Optional.of(user) : Optional.empty(),
                    Instant.parse("2026-03-10T09:00:00Z")), DiscountOfferState.OPEN);
            made.add(judged);
            return judged;
        }

        @Override
        public List<Judged> offers(String erpCustomerId, LocalDate asOf) {
            return asOf.isAfter(TODAY.plusDays(10)) ? made.stream().map(j -> new Judged(j.stored(), DiscountOfferState.EXPIRED)).toList()
                    : made;
        }
    };
    private final DiscountOffersResource resource = new DiscountOffersResource(service, "C1"::equals, () -> TODAY);

    private static DiscountOfferJson.NewJson body(String percent) {
        return new DiscountOfferJson.NewJson(new MoneyJson("1500.00", "EUR"), percent, "2026-03-20", null);
    }

    @Test
    void anOfferIsMadeWithAmountsAndListedWithItsState() {
        var created = resource.offer("C1", body("2"), TestUser.of("carla", "collector"));

        assertThat(created.getStatus()).isEqualTo(201);
        DiscountOfferJson json = (DiscountOfferJson) created.getEntity();
        assertThat(json.discountedAmount()).isEqualTo(new MoneyJson("1470.00", "EUR"));
        assertThat(json.discount()).isEqualTo(new MoneyJson("30.00", "EUR"));
        assertThat(json.offeredOn()).isEqualTo(TODAY);
        assertThat(json.state()).isEqualTo("OPEN");
        assertThat(resource.list("C1", "2026-03-25")).extracting(DiscountOfferJson::state).containsExactly("EXPIRED");
    }

    @Test
    void beyondTheLimitACollectorNeedsAManagerAndBadInputIsNamed() {
        assertThatThrownBy(() -> resource.offer("C1", body("5"), TestUser.of("carla", "collector")))
                .isInstanceOf(ApprovalRequiredException.class);
        assertThat(((DiscountOfferJson) resource.offer("C1", body("5"), TestUser.of("mia", "manager")).getEntity()).approvedBy())
                .isEqualTo("mia");
        assertThatThrownBy(() -> resource.offer("C1", body("100"), TestUser.of("mia", "manager")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent must be above 0 and below 100");
        assertThatThrownBy(() -> resource.offer("C1", new DiscountOfferJson.NewJson(new MoneyJson("1500.00", "EUR"), "2", "2026-03-01",
                null), TestUser.of("mia", "manager"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lies before today");
        assertThatThrownBy(() -> resource.offer("C9", body("2"), TestUser.of("mia", "manager"))).isInstanceOf(NotFoundException.class);
    }
}
