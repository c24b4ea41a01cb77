package io.arrears.rest.internal.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.agency.AgencyFeedback;
import io.arrears.api.agency.Approval;
import io.arrears.api.agency.ApprovalView;
import io.arrears.api.agency.FeedbackKind;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.NewPlacement;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementService;
import io.arrears.api.agency.PlacementStatus;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementsResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final FakePlacements service = new FakePlacements();
    private final PlacementsResource resource = new PlacementsResource(service, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SecurityContext collector = TestUser.of("carla", "collector");
    private final SecurityContext manager = TestUser.of("mia", "manager");

    @Test
    void requestRecordsTheCallerThenTheManagerSeesRelationshipValueAndApproves() {
        var created = resource.request(new NewPlacementJson("C-1", "acme", List.of("C-1/INV-1"), "late again"), collector);
        assertThat(created.getStatus()).isEqualTo(201);
        PlacementJson placed = (PlacementJson) created.getEntity();
        assertThat(placed.requestedBy()).isEqualTo("carla");
        assertThat(placed.status()).isEqualTo("REQUESTED");

        ApprovalViewJson view = resource.approvalView(placed.id());
        assertThat(view.debt()).extracting(m -> m.amount() + " " + m.currency()).containsExactly("1500.00 EUR");
        assertThat(view.relationshipValue()).extracting(m -> m.amount() + " " + m.currency()).containsExactly("24000.00 EUR");
        assertThat(view.revenueFrom()).isEqualTo(LocalDate.of(2024, 3, 11));

        PlacementJson approved = resource.approve(placed.id(), manager);
        assertThat(approved.approval().approvedBy()).isEqualTo("mia");
        assertThat(approved.approval().relationshipValue()).extracting(m -> m.amount()).containsExactly("24000.00");
        assertThatThrownBy(() -> resource.approve(placed.id(), manager)).isInstanceOf(ClientErrorException.class)
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void unknownPlacementsAre404AndBadBodies400() {
        assertThatThrownBy(() -> resource.approvalView(99)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resource.request(null, collector)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resource.request(new NewPlacementJson("C-1", "acme", null, null), collector))
                .hasMessageContaining("itemIds");
        assertThatThrownBy(() -> resource.list(null, "LOST", null)).hasMessageContaining("'LOST'");
    }

    @Test
    void feedbackDocumentsAreAppliedOncePerRecord() {
        resource.request(new NewPlacementJson("C-1", "acme", List.of("C-1/INV-1"), null), collector);
        var document = new FeedbackJson.DocumentJson("acme", List.of(
                new FeedbackJson.RecordJson("F-1", "ARR-P-1", "PAYMENT", new io.arrears.rest.internal.json.MoneyJson("100.00", "EUR"),
                        LocalDate.of(2026, 3, 9), "paid"),
                new FeedbackJson.RecordJson("F-2", "ARR-P-1", "STATUS", null, null, "called")));

        assertThat(resource.postFeedback(document)).containsEntry("applied", 2);
        assertThat(resource.postFeedback(document)).containsEntry("applied", 0).containsEntry("records", 2);
        assertThat(resource.feedback(1)).extracting(FeedbackJson::kind).containsExactly("PAYMENT", "STATUS");
    }

    private static final class FakePlacements implements PlacementService {
        final List<Placement> placements = new ArrayList<>();
        final List<AgencyFeedback> feedback = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        @Override
        public Placement request(NewPlacement p) {
            Placement placement = new Placement(placements.size() + 1, p, PlacementStatus.REQUESTED, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            placements.add(placement);
            return placement;
        }

        @Override
        public ApprovalView approvalView(long id) {
            return new ApprovalView(find(id).orElseThrow(), List.of(Money.of("1500.00", "EUR")), List.of(Money.of("24000.00", "EUR")),
                    LocalDate.of(2024, 3, 11), LocalDate.of(2026, 3, 10));
        }

        @Override
        public Placement approve(long id, String manager) {
            Placement p = find(id).orElseThrow();
            if (p.status() != PlacementStatus.REQUESTED) {
                throw new IllegalStateException("placement " + p.reference() + " is " + p.status());
            }
            Placement approved = new Placement(id, p.request(), PlacementStatus.APPROVED, Optional.of(new Approval(manager, NOW,
                    List.of(Money.of("24000.00", "EUR")), List.of(Money.of("1500.00", "EUR")))), Optional.empty(),
                    Optional.empty(), Optional.empty());
            placements.set((int) id - 1, approved);
            return approved;
        }

        @Override
        public Placement recall(long id, String by) {
            throw new IllegalStateException("not used");
        }

        @Override
        public Optional<AgencyFeedback> applyFeedback(NewFeedback f) {
            if (!seen.add(f.agencyId() + "/" + f.externalId())) {
                return Optional.empty();
            }
            AgencyFeedback stored = new AgencyFeedback(feedback.size() + 1, 1, f,
                    f.kind() == FeedbackKind.PAYMENT ? Optional.of("agency:acme:" + f.externalId()) : Optional.empty());
            feedback.add(stored);
            return Optional.of(stored);
        }

        @Override
        public Optional<Placement> find(long id) {
            return placements.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<Placement> list(Optional<String> customerId, Optional<PlacementStatus> status, int limit) {
            return placements;
        }

        @Override
        public List<AgencyFeedback> feedback(long id) {
            return feedback;
        }
    }
}
