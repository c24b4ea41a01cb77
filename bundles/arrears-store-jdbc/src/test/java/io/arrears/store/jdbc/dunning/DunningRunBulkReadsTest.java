package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
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
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dunning run's bulk reads (master data, notice histories, active blocks per chunk of customers) against the
 * per-customer reads they replaced, on a mixed data set: the same facts, and the same proposals and skipped customers.
 */
class DunningRunBulkReadsTest {

    /** A Tuesday, 10:00 in Berlin and Warsaw. */
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalDate EARLIER = TODAY.minusDays(14);
    private static final List<String> CUSTOMERS = List.of("C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7", "C-8");
    /** The bulk methods (reads and the chunk's notices) whose stores' overrides are under test; a per-customer proxy answers them by their defaults. */
    private static final Set<String> BULK_METHODS = Set.of("findAll", "histories", "activeOf", "addNotices");

    @DatabaseTest
    void bulkReadsReturnWhatThePerCustomerReadsReturn(TestDatabase db) {
        mixedPortfolio(db);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        JdbcDunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), new JdbcOutbox(db.dataSource(), CLOCK));
        JdbcDunningBlockRepository blocks = new JdbcDunningBlockRepository(db.dataSource());

        assertThat(notices.histories(CUSTOMERS)).isEqualTo(CUSTOMERS.stream().collect(Collectors.toMap(id -> id, notices::history)));
        assertThat(notices.histories(CUSTOMERS).get("C-1").lastNoticeByItem()).as("the data set has a notice history").isNotEmpty();
        assertThat(blocks.activeOf(CUSTOMERS)).isEqualTo(CUSTOMERS.stream().collect(Collectors.toMap(id -> id, blocks::active)));
        assertThat(blocks.activeOf(CUSTOMERS).get("C-4")).as("the data set has blocks").hasSize(1);
        assertThat(customers.findAll(CUSTOMERS)).isEqualTo(CUSTOMERS.stream().flatMap(id -> customers.find(id).stream())
                .collect(Collectors.toMap(CustomerMasterData::erpCustomerId, m -> m)));
    }

    @DatabaseTest
    void proposalsFromBulkReadsEqualThoseFromPerCustomerReads(TestDatabase db) {
        mixedPortfolio(db);
        RunProposal perCustomer = service(db, true).propose(TODAY);
        // the same run date again would only find ALREADY_PROPOSED: forget the first run's notices before the second
        String ofRun = " WHERE notice_id IN (SELECT id FROM notices WHERE run_id = " + perCustomer.runId() + ")";
        db.execute("DELETE FROM notice_charges" + ofRun, "DELETE FROM notice_lines" + ofRun,
                "DELETE FROM notices WHERE run_id = " + perCustomer.runId());

        RunProposal bulk = service(db, false).propose(TODAY);

        assertThat(perCustomer.proposals()).as("the data set proposes").hasSizeGreaterThanOrEqualTo(3);
        assertThat(perCustomer.skipped()).as("and skips").hasSizeGreaterThanOrEqualTo(2);
        assertThat(bulk.proposals().stream().map(DunningRunBulkReadsTest::withoutId).toList())
                .isEqualTo(perCustomer.proposals().stream().map(DunningRunBulkReadsTest::withoutId).toList());
        assertThat(bulk.skipped()).isEqualTo(perCustomer.skipped());
    }

    /**
     * C-1 dunned and executed two weeks ago, C-2 partly paid, C-3 without e-mail, C-4 blocked, C-5 one item blocked, C-6
     * without master data, C-7 paid up, C-8 not yet due.
     */
    private static void mixedPortfolio(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"));
        customers.upsert(new CustomerMasterData("C-2", "Beta Sp. z o.o.", "PL", "ksiegowosc@beta.example"));
        customers.upsert(new CustomerMasterData("C-3", "Gamma Ltd", "GB", null));
        customers.upsert(new CustomerMasterData("C-4", "Delta AG", "DE", "ap@delta.example"));
        customers.upsert(new CustomerMasterData("C-5", "Epsilon BV", "NL", "ap@epsilon.example"));
        customers.upsert(new CustomerMasterData("C-7", "Eta GmbH", "DE", "ap@eta.example"));
        customers.upsert(new CustomerMasterData("C-8", "Theta GmbH", "DE", "ap@theta.example"));
        journal.append(invoice("C-1", "INV-1", LocalDate.of(2026, 1, 20), "120.00", "EUR"));
        journal.append(invoice("C-1", "INV-2", LocalDate.of(2026, 2, 10), "80.00", "EUR"));
        journal.append(invoice("C-2", "FV-7", LocalDate.of(2026, 2, 1), "900.00", "PLN"));
        journal.append(payment("C-2", "P-1", LocalDate.of(2026, 2, 20), "400.00", "PLN", "FV-7"));
        journal.append(invoice("C-3", "GB-3", LocalDate.of(2026, 2, 1), "300.00", "GBP"));
        journal.append(invoice("C-4", "D-1", LocalDate.of(2026, 1, 15), "500.00", "EUR"));
        journal.append(invoice("C-5", "E-1", LocalDate.of(2026, 1, 25), "250.00", "EUR"));
        journal.append(invoice("C-5", "E-2", LocalDate.of(2026, 2, 5), "75.00", "EUR"));
        journal.append(invoice("C-6", "Z-1", LocalDate.of(2026, 1, 10), "60.00", "EUR"));
        journal.append(invoice("C-7", "H-1", LocalDate.of(2026, 1, 10), "90.00", "EUR"));
        journal.append(payment("C-7", "P-2", LocalDate.of(2026, 1, 30), "90.00", "EUR", "H-1"));
        journal.append(invoice("C-8", "T-1", TODAY.plusDays(10), "40.00", "EUR"));
        // two weeks ago: C-1's first notice went out
        DunningRunServiceImpl earlier = service(db, false, Clock.fixed(NOW.minusSeconds(14 * 86_400L), ZoneOffset.UTC));
        earlier.execute(earlier.propose(EARLIER).runId());
        JdbcDunningBlockRepository blocks = new JdbcDunningBlockRepository(db.dataSource());
        blocks.place(new NewDunningBlock("C-4", Optional.empty(), BlockReason.DISPUTE, "wrong delivery", "carla", NOW));
        blocks.place(new NewDunningBlock("C-5", Optional.of("C-5/E-1"), BlockReason.DISPUTE, "price", "carla", NOW));
    }

    private static DunningRunServiceImpl service(TestDatabase db, boolean perCustomerReads) {
        return service(db, perCustomerReads, CLOCK);
    }

    private static DunningRunServiceImpl service(TestDatabase db, boolean perCustomerReads, Clock clock) {
        CustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        DunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), new JdbcOutbox(db.dataSource(), CLOCK));
        DunningBlockRepository blocks = new JdbcDunningBlockRepository(db.dataSource());
        if (perCustomerReads) {
            customers = perCustomer(CustomerRepository.class, customers);
            notices = perCustomer(DunningNoticeRepository.class, notices);
            blocks = perCustomer(DunningBlockRepository.class, blocks);
        }
        return new DunningRunServiceImpl(new JdbcLedgerEventRepository(db.dataSource(), CLOCK), customers, notices, blocks,
                DunningPolicyLoader.loadDefault(), (country, date) -> Optional.empty(),
                new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "test", clock);
    }

    /** The store, except that its bulk reads are the interface's defaults: one per-customer read per customer. */
    @SuppressWarnings("unchecked")
    private static <T> T perCustomer(Class<T> type, T store) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (BULK_METHODS.contains(method.getName()) && method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static CustomerProposal withoutId(CustomerProposal p) {
        return new CustomerProposal(0, p.customerId(), p.level(), p.levelName(), p.items(), p.total(), p.fee(), p.channel(),
                p.state(), p.notBefore(), p.reason(), p.charges(), p.chargeNotes());
    }

    private static LedgerEvent invoice(String customer, String number, LocalDate due, String amount, String currency) {
        return new LedgerEvent.ItemRecorded(new Item(customer + "/" + number, customer, ItemKind.INVOICE, number,
                due.minusDays(14), due, Money.of(amount, currency), Optional.empty(), Optional.empty()));
    }

    private static LedgerEvent payment(String customer, String key, LocalDate date, String amount, String currency, String reference) {
        return new LedgerEvent.PaymentRecorded(new Payment(key, customer, date, Money.of(amount, currency), List.of(reference),
                Optional.empty()));
    }
}
