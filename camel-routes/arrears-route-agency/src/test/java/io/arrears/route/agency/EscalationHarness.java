package io.arrears.route.agency;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.escalation.InsurerDeadlines;
import io.arrears.core.escalation.InsurerServiceImpl;
import io.arrears.core.escalation.PlacementCharges;
import io.arrears.core.escalation.PlacementDocuments;
import io.arrears.core.escalation.PlacementServiceImpl;
import io.arrears.core.interest.RateTables;
import io.arrears.core.ledger.Ledger;
import io.arrears.letters.InvoiceCopyRendererComponent;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.agency.JdbcPlacementRepository;
import io.arrears.store.jdbc.contact.JdbcContactLog;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.dunning.JdbcDunningNoticeRepository;
import io.arrears.store.jdbc.insurer.JdbcInsurerPolicyRepository;
import io.arrears.store.jdbc.insurer.JdbcNotificationRepository;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import io.arrears.store.jdbc.partner.JdbcPartnerQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** The real store (H2 or PostgreSQL), the real core services and a Camel context, on a clock the test moves. */
final class EscalationHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    final TestClock clock = new TestClock(START);
    final JdbcLedgerEventRepository journal;
    final JdbcCustomerRepository customers;
    final JdbcDunningBlockRepository blocks;
    final JdbcPartnerQueue queue;
    final JdbcPlacementRepository placementStore;
    final JdbcInsurerPolicyRepository policies;
    final JdbcNotificationRepository notifications;
    final JdbcContactLog contactLog;
    final PlacementServiceImpl placements;
    final InsurerServiceImpl insurers;
    final DefaultCamelContext camel = new DefaultCamelContext();

    EscalationHarness(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), clock).migrate(db.dataSource());
        journal = new JdbcLedgerEventRepository(db.dataSource(), clock);
        customers = new JdbcCustomerRepository(db.dataSource(), clock);
        blocks = new JdbcDunningBlockRepository(db.dataSource());
        queue = new JdbcPartnerQueue(db.dataSource(), clock);
        placementStore = new JdbcPlacementRepository(db.dataSource());
        policies = new JdbcInsurerPolicyRepository(db.dataSource());
        notifications = new JdbcNotificationRepository(db.dataSource());
        JdbcDunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), new JdbcOutbox(db.dataSource(), clock));
        contactLog = new JdbcContactLog(db.dataSource(), clock, Optional.empty());
        placements = new PlacementServiceImpl(placementStore, journal, customers, notices, contactLog,
                new PlacementCharges(new NoticeCharges(RateTables.bundledOnly())),
                new PlacementDocuments(Optional.of(new InvoiceCopyRendererComponent()), "Nordlicht Handel GmbH",
                        country -> "DE".equals(country) ? "de-DE" : "en"), clock);
        insurers = new InsurerServiceImpl(policies, notifications, journal, customers, notices,
                new InsurerDeadlines((country, date) -> Optional.empty()), clock);
    }

    void customer(String id, String name, String country, String email) {
        customers.upsert(new CustomerMasterData(id, name, country, email));
    }

    void invoice(String customer, String number, LocalDate issued, LocalDate due, String amount) {
        journal.append(new LedgerEvent.ItemRecorded(new Item(customer + "/" + number, customer, ItemKind.INVOICE, number, issued,
                due, Money.of(amount, "EUR"), Optional.empty(), Optional.empty())));
    }

    void payment(String customer, String key, LocalDate valueDate, String amount, String reference) {
        journal.append(new LedgerEvent.PaymentRecorded(Payment.of(key, customer, valueDate, Money.of(amount, "EUR"),
                java.util.List.of(reference))));
    }

    Ledger ledger(String customer) {
        return Ledger.replay(journal.findByCustomer(customer));
    }

    void start(RoutesBuilder... routes) throws Exception {
        for (RoutesBuilder route : routes) {
            camel.addRoutes(route);
        }
        camel.start();
    }

    @Override
    public void close() {
        camel.stop();
    }

    /** A clock the test moves forward (backoff delays pass without waiting). */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
