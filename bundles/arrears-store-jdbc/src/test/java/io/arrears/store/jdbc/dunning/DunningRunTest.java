package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.dunning.NoticeDecision;
import io.arrears.api.dunning.ProposalState;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunStatus;
import io.arrears.api.dunning.SkippedCustomer;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicyLoader;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.NoticeMessages;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.promise.ConsequenceRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The dunning run end to end on the real store: journal → proposals → notices + outbox, exactly once. */
class DunningRunTest {

    /** A Tuesday, 10:00 in Berlin and Warsaw: inside every contact window. */
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private record Fixture(JdbcLedgerEventRepository journal, JdbcOutbox outbox, JdbcDunningNoticeRepository notices,
            JdbcDunningBlockRepository blocks, DunningRunServiceImpl service) {
    }

    private static Fixture fixture(TestDatabase db) {
        return fixture(db, CLOCK);
    }

    private static Fixture fixture(TestDatabase db, Clock clock) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        JdbcDunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), outbox);
        JdbcDunningBlockRepository blocks = new JdbcDunningBlockRepository(db.dataSource());
        DunningRunServiceImpl service = service(db, clock);

        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"));
        customers.upsert(new CustomerMasterData("C-2", "Beta Sp. z o.o.", "PL", "ksiegowosc@beta.example"));
        customers.upsert(new CustomerMasterData("C-3", "Gamma Ltd", "GB", null));
        journal.append(invoice("C-1", "INV-1", LocalDate.of(2026, 2, 27), "120.00", "EUR"));
        journal.append(invoice("C-1", "INV-2", LocalDate.of(2026, 3, 2), "80.00", "EUR"));
        journal.append(invoice("C-2", "FV-7", LocalDate.of(2026, 3, 1), "900.00", "PLN"));
        journal.append(invoice("C-3", "GB-3", LocalDate.of(2026, 3, 1), "300.00", "GBP"));
        return new Fixture(journal, outbox, notices, blocks, service);
    }

    /** A run service on the fixture's store, deciding at {@code clock}. */
    private static DunningRunServiceImpl service(TestDatabase db, Clock clock) {
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        return new DunningRunServiceImpl(new JdbcLedgerEventRepository(db.dataSource(), CLOCK),
                new JdbcCustomerRepository(db.dataSource(), CLOCK), new JdbcDunningNoticeRepository(db.dataSource(), outbox),
                new JdbcDunningBlockRepository(db.dataSource()), DunningPolicyLoader.loadDefault(),
                (country, date) -> Optional.empty(), new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "test", clock);
    }

    @DatabaseTest
    void aBrokenPromiseMovesItsItemOnAtTheNextRunOnceDespiteGraceAndFrequencyCap(TestDatabase db) {
        Fixture f = fixture(db);
        f.service().execute(f.service().propose(TODAY).runId());
        LocalDate wednesday = TODAY.plusDays(1);
        DunningRunServiceImpl nextDay = service(db, Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        assertThat(nextDay.propose(wednesday).proposals()).as("grace days and the frequency cap hold every customer back").isEmpty();

        JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
        transactions.inTransaction(jdbc -> ConsequenceRows.record(jdbc, f.outbox(), new Consequence(ConsequenceKind.NEXT_LEVEL, "C-1",
                "PTP-C-1-1", List.of("C-1/INV-1"), "nothing arrived by 2026-03-09"), "carla", NOW));
        transactions.inTransaction(jdbc -> ConsequenceRows.record(jdbc, f.outbox(), new Consequence(ConsequenceKind.NEXT_LEVEL, "C-2",
                "PLAN-C-2-1", List.of(), "instalment 1 missed"), "carla", NOW));
        RunProposal early = nextDay.propose(wednesday);

        assertThat(early.proposals()).extracting(CustomerProposal::customerId).containsExactly("C-1", "C-2");
        CustomerProposal alpha = early.proposals().get(0);
        assertThat(alpha.level()).isEqualTo(3);
        assertThat(alpha.state()).isEqualTo(ProposalState.READY);
        assertThat(alpha.items()).as("only the promised item moves on").extracting(l -> l.documentNumber()).containsExactly("INV-1");
        assertThat(early.proposals().get(1).level()).isEqualTo(3);

        RunExecution execution = nextDay.execute(early.runId());

        assertThat(execution.sentToOutbox()).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM collection_consequences WHERE consumed_notice_id IS NOT NULL")).isEqualTo(2);
        assertThat(f.notices().history("C-1").advances()).isEmpty();
        assertThat(nextDay.propose(wednesday).proposals()).as("consumed: the same day's next run waits again").isEmpty();
        DunningRunServiceImpl thursday = service(db, Clock.fixed(NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC));
        assertThat(thursday.propose(TODAY.plusDays(2)).proposals()).isEmpty();
    }

    @DatabaseTest
    void aBrokenPromiseStillWaitsForABlockAndStaysPending(TestDatabase db) {
        Fixture f = fixture(db);
        f.service().execute(f.service().propose(TODAY).runId());
        new JdbcTransactions(db.dataSource()).inTransaction(jdbc -> ConsequenceRows.record(jdbc, f.outbox(),
                new Consequence(ConsequenceKind.NEXT_LEVEL, "C-1", "PTP-C-1-2", List.of(), "nothing arrived"), "carla", NOW));
        f.blocks().place(new NewDunningBlock("C-1", Optional.empty(), BlockReason.DISPUTE, "wrong delivery", "carla", NOW));
        DunningRunServiceImpl nextDay = service(db, Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));

        RunProposal proposal = nextDay.propose(TODAY.plusDays(1));
        nextDay.execute(proposal.runId());

        assertThat(proposal.proposals()).isEmpty();
        assertThat(proposal.skipped()).extracting(SkippedCustomer::customerId).contains("C-1");
        assertThat(f.notices().history("C-1").advances()).extracting(a -> a.subjectId()).containsExactly("PTP-C-1-2");
    }

    private static LedgerEvent invoice(String customer, String number, LocalDate due, String amount, String currency) {
        return new LedgerEvent.ItemRecorded(new Item(customer + "/" + number, customer, ItemKind.INVOICE, number,
                due.minusDays(14), due, Money.of(amount, currency), Optional.empty(), Optional.empty()));
    }

    @DatabaseTest
    void proposeThenExecuteStoresNoticesAndOutboxMessages(TestDatabase db) {
        Fixture f = fixture(db);

        RunProposal proposal = f.service().propose(TODAY);

        assertThat(proposal.proposals()).extracting(CustomerProposal::customerId).containsExactly("C-1", "C-2", "C-3");
        assertThat(proposal.proposals()).extracting(CustomerProposal::state).containsOnly(ProposalState.READY);
        CustomerProposal alpha = proposal.proposals().get(0);
        assertThat(alpha.items()).extracting(l -> l.residual()).containsExactly(Money.of("120.00", "EUR"), Money.of("80.00", "EUR"));
        assertThat(alpha.total()).isEqualTo(Money.of("200.00", "EUR"));
        assertThat(alpha.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(proposal.proposals().get(2).channel()).as("no e-mail address: a collector task").isEqualTo(DeliveryChannel.TASK);
        assertThat(db.queryLong("SELECT count(*) FROM notices WHERE status = 'PROPOSED'")).isEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).as("proposing sends nothing").isZero();

        RunExecution execution = f.service().execute(proposal.runId());

        assertThat(execution.sentToOutbox()).isEqualTo(3);
        assertThat(execution.cancelled()).isEmpty();
        assertThat(db.queryLong("SELECT count(*) FROM notices WHERE status = 'APPLIED'")).isEqualTo(3);
        NoticeDecision sent = execution.decisions().get(0);
        OutboxMessage email = f.outbox().find(sent.outboxMessageId()).orElseThrow();
        assertThat(email.content().channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(email.content().recipient().address()).isEqualTo("ap@alpha.example");
        assertThat(email.content().body()).contains("INV-1", "120.00", "INV-2", "80.00", "DE89370400440532013000");
        assertThat(email.content().key()).isEqualTo(f.notices().notices(proposal.runId()).get(0).proposal().noticeKey());
        assertThat(f.service().runs(5)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.applied()).isEqualTo(3);
        });
    }

    @DatabaseTest
    void aCustomerBlockedForDisputeGetsNoNoticeAndTheRunSaysWhy(TestDatabase db) {
        Fixture f = fixture(db);
        f.blocks().place(new NewDunningBlock("C-1", Optional.empty(), BlockReason.DISPUTE, "delivery incomplete", "carla", NOW));

        RunProposal proposal = f.service().propose(TODAY);

        assertThat(proposal.proposals()).extracting(CustomerProposal::customerId).containsExactly("C-2", "C-3");
        assertThat(proposal.skipped()).containsExactly(new SkippedCustomer("C-1", "customer blocked: DISPUTE: delivery incomplete"));
        assertThat(db.queryLong("SELECT count(*) FROM notices WHERE customer_key = 'C-1'")).isZero();
    }

    @DatabaseTest
    void itemsOfAnApprovedAgencyPlacementAreNotProposed(TestDatabase db) {
        Fixture f = fixture(db);
        var placements = new io.arrears.store.jdbc.agency.JdbcPlacementRepository(db.dataSource());
        var placement = placements.request(new io.arrears.api.agency.NewPlacement("C-1", "acme", java.util.List.of("C-1/INV-1"),
                "carla", NOW, ""));
        RunProposal beforeApproval = f.service().propose(TODAY);
        assertThat(beforeApproval.proposals().get(0).items()).as("a request alone holds nothing").hasSize(2);

        placements.approve(placement.id(), new io.arrears.api.agency.Approval("mia", NOW, java.util.List.of(), java.util.List.of()),
                new io.arrears.api.partner.NewPartnerMessage("placement-" + placement.id(),
                        io.arrears.api.partner.PartnerKind.AGENCY, "acme", "placement", "{}"));
        RunProposal proposal = f.service().propose(TODAY.plusDays(1));

        CustomerProposal alpha = proposal.proposals().stream().filter(p -> p.customerId().equals("C-1")).findFirst().orElseThrow();
        assertThat(alpha.items()).extracting(l -> l.residual()).containsExactly(Money.of("80.00", "EUR"));
        assertThat(f.blocks().active("C-1")).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(BlockReason.AGENCY_PLACEMENT);
            assertThat(b.itemId()).contains("C-1/INV-1");
        });
    }

    @DatabaseTest
    void aBlockPlacedAfterTheProposalCancelsTheNoticeAtExecution(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal proposal = f.service().propose(TODAY);
        f.blocks().place(new NewDunningBlock("C-2", Optional.of("C-2/FV-7"), BlockReason.PAYMENT_PLAN, "", "carla", NOW));

        RunExecution execution = f.service().execute(proposal.runId());

        assertThat(execution.sentToOutbox()).isEqualTo(2);
        assertThat(execution.cancelled()).singleElement().satisfies(d -> {
            assertThat(d.customerId()).isEqualTo("C-2");
            assertThat(d.reason()).contains("PAYMENT_PLAN");
        });
    }

    @DatabaseTest
    void executingTwiceSendsNothingTwice(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal proposal = f.service().propose(TODAY);
        f.service().execute(proposal.runId());

        RunExecution again = f.service().execute(proposal.runId());

        assertThat(again.sentToOutbox()).isZero();
        assertThat(again.alreadyDone()).isEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM notices")).isEqualTo(3);
    }

    @DatabaseTest
    void proposingTheSameDayAgainDoesNotDunTwice(TestDatabase db) {
        Fixture f = fixture(db);
        f.service().execute(f.service().propose(TODAY).runId());

        RunProposal second = f.service().propose(TODAY);

        assertThat(second.proposals()).isEmpty();
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isEqualTo(3);
    }

    @DatabaseTest
    void aPaymentBetweenProposalAndExecutionCancelsThatCustomersNotice(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal proposal = f.service().propose(TODAY);
        f.journal().append(new LedgerEvent.PaymentRecorded(
                Payment.of("BANK-9", "C-1", TODAY, Money.of("50.00", "EUR"), List.of("INV-1"))));

        RunExecution execution = f.service().execute(proposal.runId());

        assertThat(execution.cancelled()).singleElement().satisfies(cancelled -> {
            assertThat(cancelled.customerId()).isEqualTo("C-1");
            assertThat(cancelled.reason()).contains("INV-1", "residual changed");
        });
        assertThat(execution.sentToOutbox()).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM notices WHERE status = 'CANCELLED' AND customer_key = 'C-1' "
                + "AND outcome_reason LIKE '%residual changed%'")).isEqualTo(1);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages WHERE recipient_address = 'ap@alpha.example'")).isZero();
    }

    @DatabaseTest
    void aRunOnADateWithNothingDueIsEmpty(TestDatabase db) {
        Fixture f = fixture(db);

        RunProposal proposal = f.service().propose(LocalDate.of(2026, 2, 1));

        assertThat(proposal.proposals()).isEmpty();
        assertThat(f.service().execute(proposal.runId()).decisions()).isEmpty();
        assertThat(db.queryLong("SELECT count(*) FROM notices")).isZero();
        assertThat(f.service().runs(1)).singleElement().extracting(r -> r.status()).isEqualTo(RunStatus.COMPLETED);
    }

    @DatabaseTest
    void aSecondProposalOfTheSameDayIsNotStoredAgain(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal first = f.service().propose(TODAY);

        RunProposal second = f.service().propose(TODAY);

        assertThat(second.proposals()).hasSize(3).extracting(CustomerProposal::state).containsOnly(ProposalState.ALREADY_PROPOSED);
        assertThat(f.service().execute(second.runId()).decisions()).isEmpty();
        assertThat(f.service().execute(first.runId()).sentToOutbox()).isEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM notices")).isEqualTo(3);
    }

    @DatabaseTest
    void inQuietHoursNoticesWaitAndStayPending(TestDatabase db) {
        // 22:30 in Berlin and Warsaw, 21:30 in London: inside the 20:00-08:00 quiet hours everywhere
        Fixture f = fixture(db, Clock.fixed(Instant.parse("2026-03-10T21:30:00Z"), ZoneOffset.UTC));

        RunProposal proposal = f.service().propose(TODAY);
        RunExecution execution = f.service().execute(proposal.runId());

        assertThat(proposal.proposals()).extracting(CustomerProposal::state).containsOnly(ProposalState.DEFERRED);
        assertThat(execution.deferred()).hasSize(3).allSatisfy(d -> assertThat(d.at()).isAfter(Instant.parse("2026-03-10T21:30:00Z")));
        assertThat(db.queryLong("SELECT count(*) FROM notices WHERE status = 'PROPOSED'")).isEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isZero();
        assertThat(f.service().runs(1)).singleElement().extracting(r -> r.status()).isEqualTo(RunStatus.RUNNING);
    }

    @DatabaseTest
    void twoConcurrentExecutionsEnqueueEachNoticeOnce(TestDatabase db) throws Exception {
        Fixture f = fixture(db);
        long runId = f.service().propose(TODAY).runId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<RunExecution> a = pool.submit(() -> f.service().execute(runId));
            Future<RunExecution> b = pool.submit(() -> f.service().execute(runId));
            int sent = a.get(30, TimeUnit.SECONDS).sentToOutbox()
                    + b.get(30, TimeUnit.SECONDS).sentToOutbox();

            assertThat(sent).isEqualTo(3);
            assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void aCustomerWhoseAddressCannotBeUsedIsCancelledAndTheRunGoesOn(TestDatabase db) {
        Fixture f = fixture(db);
        new JdbcCustomerRepository(db.dataSource(), CLOCK).upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap at alpha"));
        RunProposal proposal = f.service().propose(TODAY);

        RunExecution execution = f.service().execute(proposal.runId());

        assertThat(execution.cancelled()).singleElement().satisfies(c -> {
            assertThat(c.customerId()).isEqualTo("C-1");
            assertThat(c.reason()).contains("cannot compose the message", "ap at alpha");
        });
        assertThat(execution.sentToOutbox()).isEqualTo(2);
    }

    @DatabaseTest
    void aStaleLeadersFencingTokenIsRefusedAndWritesNothing(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal proposal = f.service().propose(TODAY);
        List<io.arrears.api.dunning.StoredNotice> pending = f.notices().notices(proposal.runId());

        // the new leader (token 2) has executed the first notice; the old one (token 1) wakes up
        NoticeDecision byNewLeader = f.notices().execute(pending.get(0).id(), java.util.OptionalLong.of(2), NOW,
                (notice, history) -> new io.arrears.api.dunning.ExecutionDecision.Cancel("test: new leader"));
        assertThat(byNewLeader.outcome()).isEqualTo(NoticeDecision.Outcome.CANCELLED);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.service().execute(proposal.runId(), 1))
                .isInstanceOf(io.arrears.api.dunning.StaleFencingTokenException.class)
                .hasMessageContaining("refuses fencing token 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.notices().execute(pending.get(1).id(),
                        java.util.OptionalLong.of(1), NOW, (notice, history) -> {
                            throw new AssertionError("a stale leader must not even decide");
                        }))
                .isInstanceOf(io.arrears.api.dunning.StaleFencingTokenException.class);
        assertThat(db.queryLong("SELECT count(*) FROM notices WHERE status = 'PROPOSED'")).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isZero();
        assertThat(db.queryLong("SELECT fencing_token FROM dunning_runs WHERE id = " + proposal.runId())).isEqualTo(2);

        // the leader itself, or a later one, carries on; the run is then no longer interrupted
        assertThat(f.service().execute(proposal.runId(), 3).sentToOutbox()).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isEqualTo(2);
        assertThat(f.service().interruptedRuns(java.time.Duration.ZERO)).isEmpty();
    }

    @DatabaseTest
    void aRunWhoseExecutionStoppedIsInterruptedOnlyOnceIdle(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal proposal = f.service().propose(TODAY);
        assertThat(f.service().interruptedRuns(java.time.Duration.ZERO)).as("a proposal waiting for a manager").isEmpty();

        List<io.arrears.api.dunning.StoredNotice> pending = f.notices().notices(proposal.runId());
        f.notices().startExecution(proposal.runId(), java.util.OptionalLong.empty(), NOW.minusSeconds(600));
        f.notices().execute(pending.get(0).id(), NOW.minusSeconds(590), (notice, history) ->
                new io.arrears.api.dunning.ExecutionDecision.Cancel("test: executed before the node died"));

        assertThat(f.notices().interruptedRuns(NOW.minusSeconds(595))).as("worked on after the idle limit").isEmpty();
        assertThat(f.notices().interruptedRuns(NOW.minusSeconds(120))).containsExactly(proposal.runId());
    }
}
