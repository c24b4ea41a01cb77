package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicyLoader;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.NoticeFreshness;
import io.arrears.core.dunning.NoticeMessages;
import io.arrears.core.ledger.ClaimServiceImpl;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The relay's check before sending, against notices, ledger and blocks as the store keeps them. */
class NoticeFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private JdbcLedgerEventRepository journal;
    private JdbcOutbox outbox;
    private JdbcDunningBlockRepository blocks;
    private NoticeFreshness freshness;

    private OutboxMessage executedNotice(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        JdbcDunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), outbox);
        blocks = new JdbcDunningBlockRepository(db.dataSource());
        freshness = new NoticeFreshness(notices, journal, blocks, new ClaimServiceImpl(journal, CLOCK));
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"));
        journal.append(invoice("INV-1", "120.00"));
        journal.append(invoice("INV-2", "80.00"));
        DunningRunServiceImpl service = new DunningRunServiceImpl(journal, customers, notices, blocks,
                DunningPolicyLoader.loadDefault(), (country, date) -> Optional.empty(),
                new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "test", CLOCK);
        service.execute(service.propose(TODAY).runId());
        List<OutboxMessage> claimed = outbox.claimDue(10);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private static LedgerEvent invoice(String number, String amount) {
        return new LedgerEvent.ItemRecorded(new Item("C-1/" + number, "C-1", ItemKind.INVOICE, number,
                LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27), Money.of(amount, "EUR"), Optional.empty(), Optional.empty()));
    }

    @DatabaseTest
    void anUnchangedNoticeIsSent(TestDatabase db) {
        OutboxMessage notice = executedNotice(db);

        assertThat(freshness.reasonNotToSend(notice)).isEmpty();
    }

    @DatabaseTest
    void anItemPaidSinceTheNoticeWasPlannedStopsIt(TestDatabase db) {
        OutboxMessage notice = executedNotice(db);

        journal.append(new LedgerEvent.PaymentRecorded(Payment.of("BANK-1", "C-1", TODAY, Money.of("30.00", "EUR"),
                List.of("INV-2"))));

        assertThat(freshness.reasonNotToSend(notice)).hasValueSatisfying(r -> assertThat(r)
                .startsWith("not sent, the ledger changed: ").contains("INV-2 partly paid or credited").contains("50.00 EUR open"));
    }

    @DatabaseTest
    void aDisputeOnAnItemOrABlockOnTheCustomerStopsIt(TestDatabase db) {
        OutboxMessage notice = executedNotice(db);

        blocks.place(new NewDunningBlock("C-1", Optional.of("C-1/INV-1"), BlockReason.DISPUTE, "damaged goods", "carla", NOW));
        assertThat(freshness.reasonNotToSend(notice)).hasValueSatisfying(r -> assertThat(r)
                .contains("INV-1 blocked (DISPUTE: damaged goods)"));

        blocks.place(new NewDunningBlock("C-1", Optional.empty(), BlockReason.PAYMENT_PLAN, "", "carla", NOW));
        assertThat(freshness.reasonNotToSend(notice)).hasValueSatisfying(r -> assertThat(r)
                .contains("customer blocked since the notice was planned (PAYMENT_PLAN)"));
    }

    @DatabaseTest
    void messagesThatAreNoNoticesAreNeverStopped(TestDatabase db) {
        executedNotice(db);
        long id = outbox.enqueue(io.arrears.api.outbox.NewOutboxMessage.task("plan-agreement:PLAN-C-1-1", "carla", "Post it",
                "details")).id();

        assertThat(freshness.reasonNotToSend(outbox.find(id).orElseThrow())).isEmpty();
    }
}
