package io.arrears.bench;

import io.arrears.api.ledger.CustomerOrder;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.core.ledger.LedgerProjectorImpl;
import io.arrears.core.ledger.LedgerQueriesImpl;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerReadModel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The customer list and portfolio aging with the persisted read model against the old full-journal replay, on an
 * in-memory H2 (the embedded default database): {@code customers} customers with {@code items / customers} invoices each,
 * a third of them partly paid. Arguments: customers, items, measured repetitions per query.
 */
public final class CustomerListBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T07:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

    private CustomerListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        MigrationRunner.forDataSource(dataSource, CLOCK).migrate(dataSource);

        long t0 = System.nanoTime();
        journal(dataSource, customers, items);
        long t1 = System.nanoTime();
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(dataSource, CLOCK, Optional.of(new LedgerProjectorImpl()));
        int projected = journal.rebuildStalePositions();
        long t2 = System.nanoTime();
        System.out.printf("journal: %,d customers, %,d invoices + payments written in %,d ms; read model built from the journal"
                + " (%,d customers) in %,d ms%n", customers, items, (t1 - t0) / 1_000_000, projected, (t2 - t1) / 1_000_000);

        JdbcCustomerRepository masterData = new JdbcCustomerRepository(dataSource, CLOCK);
        LedgerQueries readModel = new LedgerQueriesImpl(journal, masterData, Optional.of(new JdbcLedgerReadModel(dataSource)), CLOCK);
        LedgerQueries replay = new LedgerQueriesImpl(journal, masterData, CLOCK);
        int middle = customers / 50 / 2;
        measure("read model: page 0 of 50, by id", repetitions, () -> readModel.customers(null, 0, 50, AS_OF, CustomerOrder.ERP_ID));
        measure("read model: page " + middle + " of 50, by id", repetitions,
                () -> readModel.customers(null, middle, 50, AS_OF, CustomerOrder.ERP_ID));
        measure("read model: page 0 of 50, sort=overdue", repetitions,
                () -> readModel.customers(null, 0, 50, AS_OF, CustomerOrder.OVERDUE));
        measure("read model: q=k-0042 (filter), page 0", repetitions,
                () -> readModel.customers("k-0042", 0, 50, AS_OF, CustomerOrder.ERP_ID));
        measure("read model: portfolio aging", repetitions, () -> readModel.portfolioAging(AS_OF));
        measure("replay (before): page 0 of 50, by id", 1, () -> replay.customers(null, 0, 50, AS_OF));
        measure("replay (before): portfolio aging", 1, () -> replay.portfolioAging(AS_OF));
    }

    private static void measure(String what, int repetitions, Supplier<?> call) {
        call.get(); // warm-up
        long[] times = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf("%-45s median %,10.1f ms  (max %,10.1f ms, %d runs)%n", what, times[repetitions / 2] / 1e6,
                times[repetitions - 1] / 1e6, repetitions);
    }

    /** Invoices spread over the customers (due dates over the last 200 and next 30 days), every third partly paid. */
    private static void journal(JdbcDataSource dataSource, int customers, int items) throws SQLException {
        Random random = new Random(20261123L);
        Timestamp now = Timestamp.from(CLOCK.instant());
        try (Connection c = dataSource.getConnection();
             PreparedStatement invoice = c.prepareStatement("INSERT INTO ledger_events (event_type, customer_key, item_key, item_kind, "
                     + "document_number, issue_date, due_date, amount, currency, recorded_at) VALUES ('ITEM_RECORDED', ?, ?, 'INVOICE', ?, ?, ?, ?, 'EUR', ?)");
             PreparedStatement payment = c.prepareStatement("INSERT INTO ledger_events (event_type, customer_key, external_key, "
                     + "value_date, amount, currency, recorded_at) VALUES ('PAYMENT_RECORDED', ?, ?, ?, ?, 'EUR', ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < items; i++) {
                String customer = String.format("K-%06d", i % customers);
                LocalDate due = AS_OF.minusDays(200).plusDays(random.nextInt(230));
                int cents = 1_000 + random.nextInt(500_000);
                invoice.setString(1, customer);
                invoice.setString(2, customer + "/INV-" + i);
                invoice.setString(3, "INV-" + i);
                invoice.setDate(4, Date.valueOf(due.minusDays(30)));
                invoice.setDate(5, Date.valueOf(due));
                invoice.setBigDecimal(6, BigDecimal.valueOf(cents, 2));
                invoice.setTimestamp(7, now);
                invoice.addBatch();
                if (i % 3 == 0) {
                    payment.setString(1, customer);
                    payment.setString(2, "pay-" + i);
                    payment.setDate(3, Date.valueOf(due.minusDays(5)));
                    payment.setBigDecimal(4, BigDecimal.valueOf(cents / 2, 2));
                    payment.setTimestamp(5, now);
                    payment.addBatch();
                }
                if (i % 10_000 == 9_999) {
                    invoice.executeBatch();
                    payment.executeBatch();
                    c.commit();
                }
            }
            invoice.executeBatch();
            payment.executeBatch();
            c.commit();
        }
    }
}
