package io.arrears.store.jdbc.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.arrears.api.call.LoggedCall;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.ledger.Channel;
import io.arrears.api.timeline.TimelineEntry;
import io.arrears.core.timeline.CustomerTimelineService;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.plan.JdbcPlanRepository;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.contact.JdbcContactLog;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import io.arrears.store.jdbc.promise.JdbcPromiseRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcCallJournalTest {

    private static final Instant CALLED = Instant.parse("2026-03-10T09:15:00Z");
    private static final Clock CLOCK = Clock.fixed(CALLED.plusSeconds(30), ZoneOffset.UTC);

    private JdbcOutbox outbox;
    private JdbcContactLog log;
    private JdbcPromiseRepository promises;

    private JdbcCallJournal journal(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        log = new JdbcContactLog(db.dataSource(), CLOCK, Optional.empty());
        promises = new JdbcPromiseRepository(db.dataSource(), outbox);
        return new JdbcCallJournal(db.dataSource(), log, outbox);
    }

    private static NewContactEntry call(ContactOutcome outcome, Optional<String> related) {
        return new NewContactEntry("C-1", CALLED, "carla", ContactChannel.CALL, ContactDirection.OUT, outcome, "will pay Friday",
                Optional.of("CASH_FLOW"), Optional.of("rec://42"), related);
    }

    private static PromiseToPay promise() {
        return new PromiseToPay("PTP-C-1-1", "C-1", List.of(), Money.of("500.00", "EUR"), LocalDate.of(2026, 3, 14), Channel.PHONE,
                "carla", CALLED);
    }

    private static NewOutboxMessage confirmation(String key) {
        return NewOutboxMessage.email(key, Recipient.of("ap@example.com"), "Our call", "You promised 500.00 EUR", Optional.empty(),
                List.of());
    }

    @DatabaseTest
    void entryPromiseAndConfirmationAreStoredTogether(TestDatabase db) {
        JdbcCallJournal journal = journal(db);

        LoggedCall logged = journal.record(call(ContactOutcome.PROMISE_TO_PAY, Optional.of("PTP-C-1-1")), Optional.of(promise()),
                Optional.of(confirmation("call-confirmation:C-1:1")));

        assertThat(logged.entry().sequence()).isEqualTo(1);
        assertThat(logged.entry().relatedReference()).contains("PTP-C-1-1");
        assertThat(logged.promise()).isPresent();
        assertThat(logged.confirmationTo()).containsExactly("ap@example.com");
        assertThat(log.entries("C-1", 0, 10)).singleElement().satisfies(e -> assertThat(e.recordingReference()).contains("rec://42"));
        assertThat(promises.forCustomer("C-1")).hasSize(1);
        assertThat(outbox.find(logged.confirmationId().orElseThrow())).get()
                .satisfies(m -> assertThat(m.content().key()).isEqualTo("call-confirmation:C-1:1"));
        assertThat(log.verify().isIntact()).isTrue();
    }

    @DatabaseTest
    void aDisputeRaisedInTheCallBlocksItsItemsInTheSameTransactionAndShowsInTheTimeline(TestDatabase db) {
        JdbcCallJournal journal = journal(db);
        JdbcDunningBlockRepository blocks = new JdbcDunningBlockRepository(db.dataSource());
        DunningBlock earlier = blocks.place(dispute(Optional.of("C-1/INV-2"), "disputed by letter"));

        journal.record(call(ContactOutcome.DISPUTE_RAISED, Optional.empty()), Optional.empty(), Optional.empty(),
                List.of(dispute(Optional.of("C-1/INV-1"), "goods damaged"), dispute(Optional.of("C-1/INV-2"), "goods damaged")));

        assertThat(blocks.active("C-1")).extracting(DunningBlock::itemId, DunningBlock::reason, DunningBlock::note).containsExactly(
                tuple(Optional.of("C-1/INV-2"), BlockReason.DISPUTE, "disputed by letter"),
                tuple(Optional.of("C-1/INV-1"), BlockReason.DISPUTE, "goods damaged"));
        assertThat(blocks.active("C-1").get(0).id()).as("the active dispute is kept, not doubled").isEqualTo(earlier.id());
        assertThat(log.entries("C-1", 0, 10)).singleElement().extracting(e -> e.outcome()).isEqualTo(ContactOutcome.DISPUTE_RAISED);
        List<TimelineEntry> timeline = new CustomerTimelineService(log, promises, new JdbcPlanRepository(db.dataSource(), outbox),
                blocks, new JdbcLedgerEventRepository(db.dataSource(), CLOCK), List.of()).timeline("C-1", 50);
        assertThat(timeline).filteredOn(e -> e.kind().equals("BLOCK_PLACED")).extracting(TimelineEntry::summary)
                .anySatisfy(summary -> assertThat(summary).contains("DISPUTE").contains("goods damaged"));
    }

    @DatabaseTest
    void aBlockForAnotherCustomerIsRefusedAndNothingIsLogged(TestDatabase db) {
        JdbcCallJournal journal = journal(db);

        assertThatThrownBy(() -> journal.record(call(ContactOutcome.DISPUTE_RAISED, Optional.empty()), Optional.empty(),
                Optional.empty(), List.of(dispute(Optional.of("C-1/INV-1"), "goods damaged"),
                        new NewDunningBlock("C-9", Optional.empty(), BlockReason.DISPUTE, "", "carla", CALLED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-9");

        assertThat(log.entries("C-1", 0, 10)).isEmpty();
        assertThat(new JdbcDunningBlockRepository(db.dataSource()).active("C-1")).isEmpty();
    }

    private static NewDunningBlock dispute(Optional<String> item, String note) {
        return new NewDunningBlock("C-1", item, BlockReason.DISPUTE, note, "carla", CALLED);
    }

    @DatabaseTest
    void whenOnePartFailsNothingIsStored(TestDatabase db) {
        JdbcCallJournal journal = journal(db);
        journal.record(call(ContactOutcome.PROMISE_TO_PAY, Optional.of("PTP-C-1-1")), Optional.of(promise()),
                Optional.of(confirmation("call-confirmation:C-1:1")));

        // the same promise again: refused, and neither a second entry nor a second message is left behind
        assertThatThrownBy(() -> journal.record(call(ContactOutcome.PROMISE_TO_PAY, Optional.of("PTP-C-1-1")), Optional.of(promise()),
                Optional.of(confirmation("call-confirmation:C-1:2")))).isInstanceOf(DuplicateKeyException.class);

        assertThat(log.entries("C-1", 0, 10)).hasSize(1);
        assertThat(outbox.findByKey("call-confirmation:C-1:2")).isEmpty();
        assertThat(log.verify().isIntact()).isTrue();
    }

    @DatabaseTest
    void aCallWithoutCommitmentIsLoggedAsSuch(TestDatabase db) {
        JdbcCallJournal journal = journal(db);

        LoggedCall logged = journal.record(call(ContactOutcome.NO_ANSWER, Optional.empty()), Optional.empty(), Optional.empty());

        assertThat(logged.entry().outcome()).isEqualTo(ContactOutcome.NO_ANSWER);
        assertThat(logged.promise()).isEmpty();
        assertThat(logged.confirmationId()).isEmpty();
        assertThat(promises.forCustomer("C-1")).isEmpty();
    }
}
