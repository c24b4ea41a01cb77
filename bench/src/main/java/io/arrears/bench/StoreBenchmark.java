package io.arrears.bench;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.money.Money;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CountryHolidayCalendar;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicyLoader;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.NoticeMessages;
import io.arrears.core.ledger.LedgerProjectorImpl;
import io.arrears.core.ledger.LedgerQueriesImpl;
import io.arrears.rest.internal.ledger.CustomersResource;
import io.arrears.rest.internal.worklist.CustomerSignals;
import io.arrears.rest.internal.worklist.WorklistResource;
import io.arrears.store.jdbc.contact.JdbcContactLog;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.dunning.JdbcDunningNoticeRepository;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerReadModel;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import io.arrears.store.jdbc.promise.JdbcPromiseRepository;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * The store benchmark harness: one generated portfolio ({@link StorePortfolio}: customers with a mix of payment
 * behaviours, invoices, payments) written to H2 and to PostgreSQL, and on each, next to a raw JDBC baseline over the same
 * rows in the same run:
 * <ul>
 *   <li>UBL and CSV intake against a bare StAX pass and a bare line split ({@link IntakeBenchmark}, {@code bench.ubl}
 *       invoices);</li>
 *   <li>intake: the production journal append ({@link JdbcLedgerEventRepository#append}, read model kept in the same
 *       transaction) and the batch load of the journal, against a plain JDBC batch insert of the same rows into a bare table;</li>
 *   <li>dunning run: {@link DunningRunServiceImpl#propose} (the scheduled run's proposal, stored), against a plain JDBC scan
 *       of the open claims (days past due, overdue sum per customer) and of the whole journal;</li>
 *   <li>API: {@code GET /worklist} (ledger figures from the read model; without signals, with the contact log and promises
 *       in bulk reads and customer by customer)
 *       and the collection tab's ledger calls (customer, items, aging), p50/p99.</li>
 * </ul>
 * Sizes and choices are system properties (see README, "Benchmarks"); the defaults run in a few minutes.
 */
public final class StoreBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);

    private final StorePortfolio portfolio;
    private final Set<String> phases;
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final int appendSample = Integer.getInteger("bench.appendSample", 2_000);
    private final int apiRuns = Integer.getInteger("bench.apiRuns", 20);
    private final int signalRuns = Integer.getInteger("bench.signalRuns", 3);
    private final int tabLoads = Integer.getInteger("bench.tabLoads", 500);
    /** Large portfolios: project in batches instead of the product's customer-by-customer rebuild. */
    private final boolean batchReadModel = Boolean.getBoolean("bench.batchReadModel");
    private final List<String> rows = new ArrayList<>();

    private StoreBenchmark(StorePortfolio portfolio, Set<String> phases) {
        this.portfolio = portfolio;
        this.phases = phases;
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 2_000);
        int invoices = Integer.getInteger("bench.invoices", 20_000);
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgresql").split(","));
        String postgresUrl = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        Set<String> phases = Set.of(System.getProperty("bench.phases", "ubl,intake,dunning,api").split(","));
        if (phases.contains("ubl")) {
            // parse + map + intake of UBL and CSV files against the bare StAX pass / line split (IntakeBenchmark's table)
            String invoicesPerFormat = System.getProperty("bench.ubl", "50");
            IntakeBenchmark.main(databases.contains("postgresql")
                    ? new String[] {invoicesPerFormat, "1", "2", postgresUrl} : new String[] {invoicesPerFormat, "1", "2"});
        }

        long generating = System.nanoTime();
        StorePortfolio portfolio = new StorePortfolio(customers, invoices, TODAY, 20261123L);
        System.out.printf(Locale.ROOT, "portfolio: %,d customers, %,d invoices, %,d payments (%,d events) generated in %.1f s; "
                        + "behaviours %s%n", customers, portfolio.invoices, portfolio.payments, portfolio.events.size(),
                (System.nanoTime() - generating) / 1e9, portfolio.customersByBehaviour);
        StoreBenchmark bench = new StoreBenchmark(portfolio, phases);
        for (String kind : databases) {
            try (BenchDatabase db = BenchDatabase.open(kind.strip(), postgresUrl)) {
                bench.run(db);
            }
        }
        System.out.println();
        System.out.println("| database | phase | what | runs | p50 / median | p99 | throughput | vs baseline |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|");
        bench.rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nload average at the end: %.2f (%d cores)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private void run(BenchDatabase db) throws Exception {
        System.out.printf(Locale.ROOT, "== %s (load average %.2f)%n", db.name(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        DataSource ds = db.dataSource();
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(ds, CLOCK, Optional.of(new LedgerProjectorImpl()));
        load(db.name(), ds, journal);
        double claimScanMillis = phases.contains("dunning") || phases.contains("api") ? dunning(db.name(), ds, journal) : 0;
        if (phases.contains("api")) {
            api(db.name(), ds, journal, claimScanMillis);
        }
    }

    // ---- intake ----

    private void load(String db, DataSource ds, JdbcLedgerEventRepository journal) throws Exception {
        List<LedgerEvent> events = portfolio.events;
        StoreLoader.masterData(ds, portfolio.customers, CLOCK.instant());
        StoreLoader.createRawTable(ds);
        long raw = Latencies.once(() -> {
            StoreLoader.events(ds, StoreLoader.RAW_TABLE, events, CLOCK.instant());
            return null;
        });
        StoreLoader.dropRawTable(ds);
        double rawPerSecond = events.size() / (raw / 1e9);
        row(db, "intake", "baseline: plain JDBC batch insert into a bare table", 1, raw / 1e6, events.size(), "events", 1.0);

        int sample = phases.contains("intake") ? Math.min(appendSample, events.size()) : 0;
        if (sample > 0) {
            long appended = Latencies.once(() -> {
                events.subList(0, sample).forEach(journal::append);
                return null;
            });
            double perSecond = sample / (appended / 1e9);
            row(db, "intake", "journal append, one transaction per event, read model kept (first " + sample + " events)", 1,
                    appended / 1e6, sample, "events", perSecond / rawPerSecond);
        }
        List<LedgerEvent> rest = events.subList(sample, events.size());
        long bulk = Latencies.once(() -> {
            StoreLoader.events(ds, "ledger_events", rest, CLOCK.instant());
            return null;
        });
        row(db, "intake", "journal batch load (ledger_events with its keys and indexes)", 1, bulk / 1e6, rest.size(), "events",
                (rest.size() / (bulk / 1e9)) / rawPerSecond);
        int[] projected = new int[1];
        if (batchReadModel) {
            long batch = Latencies.once(() -> projected[0] = StoreLoader.positions(ds, events, new LedgerProjectorImpl()));
            row(db, "intake", "read model batch-built by the production projector (" + projected[0] + " customers; bench shortcut)",
                    1, batch / 1e6, events.size(), "events", (events.size() / (batch / 1e9)) / rawPerSecond);
            if (journal.rebuildStalePositions() != 0) {
                throw new IllegalStateException("the batch-built read model does not match the journal");
            }
            return;
        }
        long rebuild = Latencies.once(() -> projected[0] = journal.rebuildStalePositions());
        row(db, "intake", "read model built from the journal (" + projected[0] + " customers, a transaction each)", 1,
                rebuild / 1e6, rest.size(), "events", (rest.size() / (rebuild / 1e9)) / rawPerSecond);
    }

    // ---- dunning run ----

    private double dunning(String db, DataSource ds, JdbcLedgerEventRepository journal) throws Exception {
        Latencies claims = Latencies.measure(() -> scanOpenClaims(ds), 1, rounds);
        long claimRows = count(ds, "SELECT count(*) FROM ledger_position_claims");
        row(db, "dunning", "baseline: plain JDBC scan of the open claims (days past due, overdue sum per customer)", claims,
                claimRows, "claims", 1.0);
        if (!phases.contains("dunning")) {
            return claims.millis(50);
        }
        Latencies scan = Latencies.measure(() -> scanJournal(ds), 1, rounds);
        row(db, "dunning", "baseline: plain JDBC scan of the whole journal (every column)", scan, portfolio.events.size(),
                "events", claims.millis(50) / scan.millis(50));
        JdbcOutbox outbox = new JdbcOutbox(ds, CLOCK);
        DunningRunServiceImpl runs = new DunningRunServiceImpl(journal, new JdbcCustomerRepository(ds, CLOCK),
                new JdbcDunningNoticeRepository(ds, outbox), new JdbcDunningBlockRepository(ds), DunningPolicyLoader.loadDefault(),
                new CountryHolidayCalendar(), new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "bench", CLOCK);
        RunProposal[] last = new RunProposal[1];
        Latencies run = Latencies.measure(() -> last[0] = runs.propose(TODAY), 1, rounds);
        row(db, "dunning", "dunning run: propose (journal replay, per-customer checks, " + last[0].proposals().size()
                + " proposals stored, " + last[0].skipped().size() + " customers skipped)", run, claimRows, "claims",
                claims.millis(50) / run.millis(50));
        return claims.millis(50);
    }

    /** What the run must at least do: every open claim once, days past due and the overdue sum per customer. */
    private static long scanOpenClaims(DataSource ds) throws Exception {
        long today = TODAY.toEpochDay();
        long checksum = 0;
        Map<String, BigDecimal> overdue = new HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT customer_key, due_date, outstanding, currency FROM ledger_position_claims ORDER BY customer_key, position")) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long days = today - rs.getDate(2).toLocalDate().toEpochDay();
                    if (days > 0) {
                        overdue.merge(rs.getString(1) + rs.getString(4), rs.getBigDecimal(3), BigDecimal::add);
                        checksum += days;
                    }
                }
            }
            c.commit();
        }
        return checksum + overdue.size();
    }

    private static long scanJournal(DataSource ds) throws Exception {
        long checksum = 0;
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT * FROM ledger_events ORDER BY seq")) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        checksum += value == null ? 0 : 1;
                    }
                }
            }
            c.commit();
        }
        return checksum;
    }

    /** A contact for every 20th customer (two for every 40th) and a promise for every 40th, pending or broken. */
    private String seedSignals(JdbcContactLog contactLog, JdbcPromiseRepository promises) {
        int contacts = 0;
        int promised = 0;
        for (int i = 0; i < portfolio.customers.size(); i += 20) {
            String id = StorePortfolio.customerId(i);
            for (int n = 0; n <= i % 40 / 20; n++) {
                contactLog.append(NewContactEntry.of(id, CLOCK.instant().minusSeconds(86_400L * (3 + i % 30 + n)), "bench",
                        ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER, ""));
                contacts++;
            }
            if (i % 40 == 0) {
                promises.save(new PromiseToPay("BENCH-" + i, id, List.of(), Money.of("100.00", "EUR"),
                        TODAY.plusDays(i % 80 == 0 ? 5 : -5), Channel.PHONE, "bench", CLOCK.instant().minusSeconds(86_400L * 10)));
                promised++;
            }
        }
        return contacts + " contacts, " + promised + " promises";
    }

    /** {@code store} with the bulk reads left to the interface's defaults: the customer-by-customer path. */
    private static <T> T defaultsOnly(Class<T> type, T store) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- API ----

    private void api(String db, DataSource ds, JdbcLedgerEventRepository journal, double claimScanMillis) throws Exception {
        LedgerQueries queries = new LedgerQueriesImpl(journal, new JdbcCustomerRepository(ds, CLOCK),
                Optional.of(new JdbcLedgerReadModel(ds)), CLOCK);
        WorklistResource ledgerOnly = new WorklistResource(queries, (ids, asOf) -> Map.<String, CustomerSignals>of());
        JdbcContactLog contactLog = new JdbcContactLog(ds, CLOCK, Optional.empty());
        JdbcPromiseRepository promises = new JdbcPromiseRepository(ds, new JdbcOutbox(ds, CLOCK));
        String seeded = seedSignals(contactLog, promises);
        WorklistResource withSignals = new WorklistResource(queries, contactLog, promises, null);
        WorklistResource perCustomer = new WorklistResource(queries, defaultsOnly(ContactLog.class, contactLog),
                defaultsOnly(PromiseRepository.class, promises), null);
        CustomersResource tab = new CustomersResource(queries);
        int customers = portfolio.customers.size();
        long overdue = queries.overdueCustomers(null, TODAY).size();

        Latencies worklist = Latencies.measure(() -> ledgerOnly.worklist(null, false, "0", "50", null), 2, apiRuns);
        row(db, "api", "GET /worklist?size=50: " + overdue + " overdue customers ranked, ledger from the read model, no signals",
                worklist, overdue, "customers", claimScanMillis / worklist.millis(50));
        // the bulk path must rank exactly as the customer-by-customer one, first page and actionable filter alike
        for (boolean actionable : new boolean[] {false, true}) {
            if (!withSignals.worklist(null, actionable, "0", "50", null).equals(perCustomer.worklist(null, actionable, "0", "50", null))) {
                throw new IllegalStateException("the worklist from bulk reads differs from the one read per customer");
            }
        }
        Latencies signals = Latencies.measure(() -> withSignals.worklist(null, false, "0", "50", null), 1, signalRuns);
        row(db, "api", "GET /worklist?size=50 with contact log and promises from the store (bulk reads; " + seeded + ")",
                signals, overdue, "customers", claimScanMillis / signals.millis(50));
        Latencies oneByOne = Latencies.measure(() -> perCustomer.worklist(null, false, "0", "50", null), 1, signalRuns);
        row(db, "api", "GET /worklist?size=50 with contact log and promises read per customer (the api defaults; before)",
                oneByOne, overdue, "customers", claimScanMillis / oneByOne.millis(50));
        SplittableRandom random = new SplittableRandom(7);
        Latencies tabLoad = Latencies.measure(() -> {
            String id = StorePortfolio.customerId(random.nextInt(customers));
            return new Object[] {tab.customer(id, null), tab.items(id, null, null), tab.aging(id, null)};
        }, Math.min(100, tabLoads), tabLoads);
        row(db, "api", "collection tab: GET /customers/{id} + /items + /aging (random customer)", tabLoad, 1, "loads", Double.NaN);
        Latencies list = Latencies.measure(() -> tab.customers(null, "10", "50", null, null), 2, apiRuns);
        row(db, "api", "GET /customers?page=10&size=50", list, 50, "customers", Double.NaN);
    }

    // ---- report ----

    private void row(String db, String phase, String what, int runs, double millis, long units, String unit, double ratio) {
        add(db, phase, what, runs, millis, Double.NaN, units / (millis / 1000), unit, ratio);
    }

    private void row(String db, String phase, String what, Latencies l, long units, String unit, double ratio) {
        add(db, phase, what, l.runs(), l.millis(50), l.millis(99), units / (l.millis(50) / 1000), unit, ratio);
    }

    private void add(String db, String phase, String what, int runs, double p50, double p99, double perSecond, String unit,
            double ratio) {
        String line = String.format(Locale.ROOT, "| %s | %s | %s | %d | %,.1f ms | %s | %,.0f %s/s | %s |", db, phase, what, runs, p50,
                Double.isNaN(p99) ? "" : String.format(Locale.ROOT, "%,.1f ms", p99), perSecond, unit,
                Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.4f", ratio));
        System.out.println(line);
        rows.add(line);
    }
}
