package io.arrears.store.jdbc.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.agency.AgencyFeedback;
import io.arrears.api.agency.Approval;
import io.arrears.api.agency.FeedbackKind;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.NewPlacement;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementStatus;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.money.Money;
import io.arrears.api.partner.MessageState;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.partner.JdbcPartnerQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcPlacementRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private record Store(JdbcPlacementRepository placements, JdbcDunningBlockRepository blocks, JdbcPartnerQueue queue) {
    }

    private static Store store(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        return new Store(new JdbcPlacementRepository(db.dataSource()), new JdbcDunningBlockRepository(db.dataSource()),
                new JdbcPartnerQueue(db.dataSource(), CLOCK));
    }

    private static NewPlacement request(String... items) {
        return new NewPlacement("C-1", "acme", List.of(items), "carla", NOW, "chronic late payer");
    }

    private static Approval approval() {
        return new Approval("mia", NOW, List.of(Money.of("12000.00", "EUR")), List.of(Money.of("1500.00", "EUR")));
    }

    private static NewPartnerMessage message(String type, long id) {
        return new NewPartnerMessage(type + "-" + id, PartnerKind.AGENCY, "acme", type, "{\"type\":\"" + type + "\"}");
    }

    @DatabaseTest
    void oneHoldingPlacementPerItem(TestDatabase db) {
        Store s = store(db);
        Placement first = s.placements().request(request("C-1/INV-1", "C-1/INV-2"));

        assertThat(first.status()).isEqualTo(PlacementStatus.REQUESTED);
        assertThat(first.itemIds()).containsExactly("C-1/INV-1", "C-1/INV-2");
        assertThatThrownBy(() -> s.placements().request(request("C-1/INV-3", "C-1/INV-2")))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("'C-1/INV-2' is already in an active agency placement");
        assertThat(s.placements().list(Optional.of("C-1"), Optional.empty(), 10)).containsExactly(first);
    }

    @DatabaseTest
    void approvalIsLoggedBlocksTheItemsAndQueuesThePlacementInOneTransaction(TestDatabase db) {
        Store s = store(db);
        Placement requested = s.placements().request(request("C-1/INV-1", "C-1/INV-2"));

        Placement approved = s.placements().approve(requested.id(), approval(), message("placement", requested.id()));

        assertThat(approved.status()).isEqualTo(PlacementStatus.APPROVED);
        assertThat(approved.approval()).contains(approval());
        assertThat(s.blocks().active("C-1")).extracting(b -> b.itemId().orElseThrow() + ":" + b.reason())
                .containsExactly("C-1/INV-1:AGENCY_PLACEMENT", "C-1/INV-2:AGENCY_PLACEMENT");
        assertThat(s.queue().findByKey("placement-" + requested.id())).hasValueSatisfying(m -> {
            assertThat(m.state()).isEqualTo(MessageState.PLANNED);
            assertThat(m.content().partnerId()).isEqualTo("acme");
        });
        assertThatThrownBy(() -> s.placements().approve(requested.id(), approval(), message("placement", requested.id())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is APPROVED, expected REQUESTED");
    }

    @DatabaseTest
    void aFailedApprovalLeavesNoBlockAndNoMessage(TestDatabase db) {
        Store s = store(db);
        Placement requested = s.placements().request(request("C-1/INV-1"));
        s.blocks().place(new io.arrears.api.dunning.NewDunningBlock("C-1", Optional.of("C-1/INV-1"), BlockReason.AGENCY_PLACEMENT,
                "", "carla", NOW));

        assertThatThrownBy(() -> s.placements().approve(requested.id(), approval(), message("placement", requested.id())))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(s.placements().find(requested.id()).orElseThrow().status()).isEqualTo(PlacementStatus.REQUESTED);
        assertThat(s.queue().findByKey("placement-" + requested.id())).isEmpty();
    }

    @DatabaseTest
    void deliveryRecallAndAcknowledgementLiftTheBlocksAndReleaseTheItems(TestDatabase db) {
        Store s = store(db);
        Placement placement = s.placements().request(request("C-1/INV-1"));
        s.placements().approve(placement.id(), approval(), message("placement", placement.id()));
        long messageId = s.queue().claimDue(PartnerKind.AGENCY, "acme", 10).get(0).id();
        s.queue().markSent(messageId, NOW);
        assertThat(s.placements().find(placement.id()).orElseThrow().status()).isEqualTo(PlacementStatus.PLACED);

        Placement recalled = s.placements().requestRecall(placement.id(), "mia", NOW, message("recall", placement.id()));
        assertThat(recalled.status()).isEqualTo(PlacementStatus.RECALL_REQUESTED);
        assertThat(recalled.recalledBy()).contains("mia");
        assertThat(s.blocks().active("C-1")).hasSize(1);

        NewFeedback ack = new NewFeedback("acme", "F-9", placement.reference(), FeedbackKind.RECALL_ACKNOWLEDGED, "returned",
                Optional.empty(), Optional.empty(), NOW.plusSeconds(3600));
        assertThat(s.placements().recordFeedback(placement.id(), ack, Optional.empty())).isPresent();
        assertThat(s.placements().recordFeedback(placement.id(), ack, Optional.empty())).as("same record again").isEmpty();

        assertThat(s.placements().find(placement.id()).orElseThrow().status()).isEqualTo(PlacementStatus.RECALLED);
        assertThat(s.blocks().active("C-1")).isEmpty();
        assertThat(s.blocks().history("C-1")).singleElement().satisfies(b -> assertThat(b.clearedBy()).contains("agency:acme"));
        assertThat(s.placements().request(request("C-1/INV-1")).status()).as("item free again").isEqualTo(PlacementStatus.REQUESTED);
    }

    @DatabaseTest
    void paymentFeedbackKeepsAmountAndLedgerKey(TestDatabase db) {
        Store s = store(db);
        Placement placement = s.placements().request(request("C-1/INV-1"));
        NewFeedback payment = new NewFeedback("acme", "F-1", placement.reference(), FeedbackKind.PAYMENT, "first rate",
                Optional.of(Money.of("300.00", "EUR")), Optional.of(LocalDate.of(2026, 3, 9)), NOW);

        AgencyFeedback stored = s.placements().recordFeedback(placement.id(), payment, Optional.of("agency:acme:F-1")).orElseThrow();

        assertThat(stored.content()).isEqualTo(payment);
        assertThat(stored.ledgerPaymentKey()).contains("agency:acme:F-1");
        assertThat(s.placements().feedback(placement.id())).containsExactly(stored);
        assertThat(s.placements().findFeedback("acme", "F-1")).contains(stored);
        assertThatThrownBy(() -> s.placements().recordFeedback(placement.id(), new NewFeedback("other", "F-2",
                placement.reference(), FeedbackKind.STATUS, "", Optional.empty(), Optional.empty(), NOW), Optional.empty()))
                .hasMessageContaining("of agency acme");
    }

    @DatabaseTest
    void theQueueRetriesWithBackoffAndDeadLettersAfterTheLastAttempt(TestDatabase db) {
        Store s = store(db);
        Placement placement = s.placements().request(request("C-1/INV-1"));
        s.placements().approve(placement.id(), approval(), message("placement", placement.id()));
        long id = s.queue().claimDue(PartnerKind.AGENCY, "acme", 10).get(0).id();
        assertThat(s.queue().claimDue(PartnerKind.AGENCY, "acme", 10)).as("claimed once").isEmpty();

        var retried = s.queue().markFailed(id, "connection refused", Duration.ofMinutes(1), 2);
        assertThat(retried.state()).isEqualTo(MessageState.PLANNED);
        assertThat(retried.lastError()).contains("connection refused");
        assertThat(s.queue().claimDue(PartnerKind.AGENCY, "acme", 10)).as("not due before the backoff").isEmpty();
    }
}
