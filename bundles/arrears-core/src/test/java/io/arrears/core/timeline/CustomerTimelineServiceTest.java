package io.arrears.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.RecordedConsequence;
import io.arrears.api.promise.RecordedStateChange;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.api.timeline.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerTimelineServiceTest {

    private static final Instant CALL = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant BROKEN = Instant.parse("2026-03-20T06:00:00Z");
    private static final PromiseToPay PROMISE = new PromiseToPay("PTP-1", "C1", List.of(), Money.of("500.00", "EUR"),
            LocalDate.of(2026, 3, 14), Channel.PHONE, "carla", CALL);

    private final CustomerTimelineService timeline = new CustomerTimelineService(new Contacts(), new Promises(), new NoPlans(),
            new Blocks(), new Journal(), List.of((customer, limit) -> List.of(new TimelineEntry(Instant.parse("2026-03-01T08:00:00Z"),
                    "NOTICE", "Dunning notice level 1 applied (sent)", Map.of("level", "1"), "notice:9"))));

    @Test
    void everySourceIsMergedNewestFirst() {
        List<TimelineEntry> entries = timeline.timeline("C1", 50);

        assertThat(entries).extracting(TimelineEntry::kind).containsExactly("CONSEQUENCE", "PROMISE_BROKEN", "PAYMENT", "BLOCK_PLACED",
                "CONTACT", "PROMISE_MADE", "NOTICE");
        assertThat(entries.get(1).details()).containsEntry("consequence", "NEXT_LEVEL").containsEntry("paid", "0.00 EUR");
        assertThat(entries.get(2).summary()).isEqualTo("Payment received: 100.00 EUR");
        assertThat(entries.get(4).reference()).isEqualTo("contact:1");
        assertThat(entries.get(5).reference()).isEqualTo("PTP-1");
        assertThat(timeline.timeline("C1", 2)).extracting(TimelineEntry::kind).containsExactly("CONSEQUENCE", "PROMISE_BROKEN");
        assertThatThrownBy(() -> timeline.timeline("C1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class Contacts implements ContactLog {
        @Override
        public ContactEntry append(NewContactEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ContactEntry> entries(String customerId, long afterSequence, int limit) {
            return afterSequence > 0 ? List.of() : List.of(ContactEntry.of(1, CALL, NewContactEntry.of("C1", CALL, "carla",
                    ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.PROMISE_TO_PAY, "pays Friday"), "0".repeat(64), "a".repeat(64)));
        }

        @Override
        public VerificationReport verify() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Checkpoint checkpoint() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Checkpoint exportCheckpoint(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VerificationReport verify(Checkpoint checkpoint) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Promises implements PromiseRepository {
        private static final Consequence CONSEQUENCE = new Consequence(ConsequenceKind.NEXT_LEVEL, "C1", "PTP-1", List.of(), "broken");

        @Override
        public TrackedPromise save(PromiseToPay promise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TrackedPromise> find(String promiseId) {
            return Optional.empty();
        }

        @Override
        public List<TrackedPromise> forCustomer(String erpCustomerId) {
            return List.of(new TrackedPromise(PROMISE, PromiseState.BROKEN));
        }

        @Override
        public List<TrackedPromise> pending() {
            return List.of();
        }

        @Override
        public boolean changeState(PromiseStateChange change, Instant recordedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RecordedStateChange> stateChanges(String erpCustomerId) {
            return List.of(new RecordedStateChange(new PromiseStateChange("PTP-1", "C1", PromiseState.PENDING, PromiseState.BROKEN,
                    Money.of("0.00", "EUR"), LocalDate.of(2026, 3, 20), Optional.of(CONSEQUENCE), "nothing received"), BROKEN));
        }

        @Override
        public List<RecordedConsequence> consequences(String erpCustomerId) {
            return List.of(new RecordedConsequence(1, CONSEQUENCE, Optional.empty(), BROKEN.plusMillis(1)));
        }

        @Override
        public List<RecordedConsequence> consequences(io.arrears.api.promise.ConsequenceKind kind, int limit) {
            return consequences("").stream().filter(r -> r.consequence().kind() == kind).limit(limit).toList();
        }
    }

    private static final class NoPlans implements PlanRepository {
        @Override
        public StoredPlan agree(PaymentPlan plan, Optional<String> approvedBy, Optional<NewOutboxMessage> agreement) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredPlan> find(String planId) {
            return Optional.empty();
        }

        @Override
        public List<StoredPlan> forCustomer(String erpCustomerId) {
            return List.of();
        }

        @Override
        public List<StoredPlan> active() {
            return List.of();
        }

        @Override
        public boolean end(String planId, PlanState to, String reason, Optional<Consequence> consequence, String collector,
                Instant at) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Blocks implements DunningBlockRepository {
        @Override
        public DunningBlock place(NewDunningBlock block) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear(long id, String by, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DunningBlock> active(String customerId) {
            return history(customerId);
        }

        @Override
        public List<DunningBlock> history(String customerId) {
            return List.of(new DunningBlock(3, "C1", Optional.empty(), BlockReason.DISPUTE, "quality", "mia",
                    Instant.parse("2026-03-12T10:00:00Z"), Optional.empty(), Optional.empty()));
        }
    }

    private static final class Journal implements LedgerEventRepository {
        @Override
        public void append(LedgerEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LedgerEvent> findByCustomer(String customerId) {
            return List.of(new LedgerEvent.PaymentRecorded(Payment.of("BANK-1", "C1", LocalDate.of(2026, 3, 18),
                    Money.of("100.00", "EUR"), List.of())));
        }

        @Override
        public List<LedgerEvent> findAll() {
            return findByCustomer("C1");
        }
    }
}
