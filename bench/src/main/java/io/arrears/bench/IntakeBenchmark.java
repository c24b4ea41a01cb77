package io.arrears.bench;

import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.core.intake.IntakeServiceImpl;
import io.arrears.core.intake.InvoiceNumberExtractor;
import io.arrears.core.intake.PaymentMatcher;
import io.arrears.route.erpintake.CsvFormat;
import io.arrears.route.erpintake.CsvInvoiceParser;
import io.arrears.route.erpintake.UblInvoiceParser;
import io.arrears.routes.support.xml.SecureXml;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.intake.JdbcIntakeDocumentRepository;
import io.arrears.store.jdbc.intake.JdbcReceivedPaymentRepository;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Invoice intake throughput (UBL files and CSV exports: parse, map, ledger append), next to the physical
 * limit measured in the same run over the same bytes: a bare hardened StAX pass over each UBL file and a
 * bare line-and-separator split of each CSV file.
 *
 * <p>Arguments: invoices, warm-up rounds, measured rounds [, PostgreSQL JDBC URL]. Each intake round
 * starts on a freshly migrated database (H2 file database in a temporary folder; with a URL, also a
 * fresh PostgreSQL schema); creating it is not timed. UBL: one file per invoice, one
 * {@code importInvoices} call per file (as the folder route does). CSV: files of {@value #CSV_ROWS_PER_FILE} rows.
 */
public final class IntakeBenchmark {

    static final int CSV_ROWS_PER_FILE = 500;
    private static final String CSV_HEADER = "document_number;customer_id;customer_name;country;issue_date;due_date;amount;currency\n";

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: IntakeBenchmark <invoices> <warm-up rounds> <measured rounds> [jdbc:postgresql://...]");
            System.exit(2);
        }
        int invoices = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        String postgres = args.length == 4 ? args[3] : null;

        List<byte[]> ubl = ublFiles(invoices);
        List<byte[]> csv = csvFiles(invoices);
        long ublBytes = ubl.stream().mapToLong(b -> b.length).sum();
        long csvBytes = csv.stream().mapToLong(b -> b.length).sum();
        UblInvoiceParser ublParser = new UblInvoiceParser();
        CsvInvoiceParser csvParser = new CsvInvoiceParser(CsvFormat.defaults());

        List<String[]> rows = new ArrayList<>();
        rows.add(row("UBL: bare StAX pass (one shared hardened factory, every event)", invoices,
                measure(warmup, measured, () -> bareStax(ubl, SecureXml.factory()))));
        long staxMedian = last(rows);
        // what the parser does per file: SecureXml.open builds a new hardened factory each time
        rows.add(row("UBL: bare StAX pass (new hardened factory per file)", invoices, measure(warmup, measured, () -> bareStax(ubl, null))));
        rows.add(row("UBL: parse + map (`UblInvoiceParser`)", invoices, measure(warmup, measured, () -> {
            ubl.forEach(f -> ublParser.parse(new ByteArrayInputStream(f), "bench.xml"));
        })));
        rows.add(row("UBL: intake into H2 (parse + map + ledger append)", invoices,
                measureIntake(warmup, measured, IntakeBenchmark::h2, db -> ublIntake(db, ubl, ublParser))));
        if (postgres != null) {
            rows.add(row("UBL: intake into PostgreSQL", invoices,
                    measureIntake(warmup, measured, () -> pg(postgres), db -> ublIntake(db, ubl, ublParser))));
        }
        rows.add(row("CSV: bare line + separator split", invoices, measure(warmup, measured, () -> bareCsv(csv))));
        rows.add(row("CSV: parse + map (`CsvInvoiceParser`)", invoices, measure(warmup, measured, () -> {
            csv.forEach(f -> csvParser.parse(new ByteArrayInputStream(f), "bench.csv"));
        })));
        rows.add(row("CSV: intake into H2 (parse + map + ledger append)", invoices,
                measureIntake(warmup, measured, IntakeBenchmark::h2, db -> csvIntake(db, csv, csvParser))));
        if (postgres != null) {
            rows.add(row("CSV: intake into PostgreSQL", invoices,
                    measureIntake(warmup, measured, () -> pg(postgres), db -> csvIntake(db, csv, csvParser))));
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d invoices: %d UBL files (%,d bytes), %d CSV files (%,d bytes); %d warm-up + %d measured rounds%n%n",
                invoices, ubl.size(), ublBytes, csv.size(), csvBytes, warmup, measured));
        out.append("| Phase | Median invoices/s | Median round | Rounds (ms) | vs. bare pass of the same format |\n|---|---:|---:|---|---:|\n");
        long csvBare = Long.parseLong(rows.stream().filter(r -> r[0].startsWith("CSV: bare")).findFirst().orElseThrow()[5]);
        for (String[] r : rows) {
            long bare = r[0].startsWith("UBL") ? staxMedian : csvBare;
            double ratio = (double) bare / Long.parseLong(r[5]);
            out.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" | ").append(r[3])
                    .append(" | ").append(String.format(Locale.ROOT, "%.4f", ratio)).append(" |\n");
        }
        System.out.print(out);
    }

    // ---- phases ----

    /** @param shared one factory for every file, or null for a new one per file */
    private static long bareStax(List<byte[]> files, XMLInputFactory shared) {
        long events = 0;
        for (byte[] f : files) {
            try {
                XMLInputFactory factory = shared != null ? shared : SecureXml.factory();
                XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(f));
                while (reader.hasNext()) {
                    reader.next();
                    events++;
                }
                reader.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }

    private static long bareCsv(List<byte[]> files) {
        long fields = 0;
        for (byte[] f : files) {
            for (String line : new String(f, StandardCharsets.UTF_8).split("\n")) {
                fields += line.split(";", -1).length;
            }
        }
        return fields;
    }

    private static void ublIntake(DataSource db, List<byte[]> files, UblInvoiceParser parser) {
        IntakeServiceImpl intake = intake(db);
        for (byte[] f : files) {
            check(intake.importInvoices("bench.ubl", List.of(parser.parse(new ByteArrayInputStream(f), "bench.xml"))));
        }
    }

    private static void csvIntake(DataSource db, List<byte[]> files, CsvInvoiceParser parser) {
        IntakeServiceImpl intake = intake(db);
        for (byte[] f : files) {
            List<InvoiceRecord> records = parser.parse(new ByteArrayInputStream(f), "bench.csv");
            check(intake.importInvoices("bench.csv", records));
        }
    }

    private static void check(ImportResult result) {
        if (!result.problems().isEmpty() || result.created() == 0) {
            throw new IllegalStateException("benchmark import did not create its invoices: " + result);
        }
    }

    private static IntakeServiceImpl intake(DataSource db) {
        Clock clock = Clock.systemUTC();
        return new IntakeServiceImpl(new JdbcLedgerEventRepository(db, clock), new JdbcIntakeDocumentRepository(db, clock),
                new JdbcReceivedPaymentRepository(db), new JdbcCustomerRepository(db, clock),
                new PaymentMatcher(InvoiceNumberExtractor.of("INV-\\d{4}-\\d{4}")), clock);
    }

    // ---- data ----

    static List<byte[]> ublFiles(int invoices) throws IOException {
        String template;
        try (InputStream in = IntakeBenchmark.class.getResourceAsStream("peppol-invoice-template.xml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<byte[]> files = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            files.add(template.replace("${number}", String.format(Locale.ROOT, "INV-B-%07d", i))
                    .replace("${customer}", customer(i)).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static List<byte[]> csvFiles(int invoices) {
        List<byte[]> files = new ArrayList<>();
        StringBuilder sb = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < invoices; i++) {
            sb.append(String.format(Locale.ROOT, "FV/B/%07d;%s;Customer %d;PL;2025-03-03;2025-04-02;%d,%02d;PLN%n",
                    i, customer(i), i % 997, 100 + i % 9000, i % 100));
            if ((i + 1) % CSV_ROWS_PER_FILE == 0 || i == invoices - 1) {
                files.add(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb = new StringBuilder(CSV_HEADER);
            }
        }
        return files;
    }

    /** About ten invoices per customer, as a portfolio has. */
    private static String customer(int i) {
        return "CUST-" + (i / 10);
    }

    // ---- databases ----

    interface Database extends AutoCloseable {
        DataSource dataSource();

        @Override
        void close() throws Exception;
    }

    static Database h2() throws IOException {
        Path folder = Files.createTempDirectory("arrears-bench-h2");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("arrears") + ";DB_CLOSE_DELAY=-1");
        migrate(ds);
        return new Database() {
            public DataSource dataSource() {
                return ds;
            }

            public void close() throws Exception {
                execute(ds, "SHUTDOWN");
                try (var files = Files.walk(folder)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
        };
    }

    static Database pg(String url) throws SQLException {
        String schema = "arrears_bench_" + System.nanoTime();
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser("postgres");
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser("postgres");
        ds.setCurrentSchema(schema);
        migrate(ds);
        return new Database() {
            public DataSource dataSource() {
                return ds;
            }

            public void close() throws Exception {
                execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            }
        };
    }

    private static void migrate(DataSource ds) {
        MigrationRunner.forDataSource(ds, Clock.systemUTC()).migrate(ds);
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // ---- measuring ----

    interface Phase {
        void run() throws Exception;
    }

    interface DatabaseFactory {
        Database open() throws Exception;
    }

    interface IntakePhase {
        void run(DataSource db) throws Exception;
    }

    private static long[] measure(int warmup, int measured, Phase phase) throws Exception {
        for (int i = 0; i < warmup; i++) {
            phase.run();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            phase.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static long[] measureIntake(int warmup, int measured, DatabaseFactory databases, IntakePhase phase) throws Exception {
        long[] nanos = new long[warmup + measured];
        for (int i = 0; i < nanos.length; i++) {
            try (Database db = databases.open()) {
                long start = System.nanoTime();
                phase.run(db.dataSource());
                nanos[i] = System.nanoTime() - start;
            }
        }
        return Arrays.copyOfRange(nanos, warmup, nanos.length);
    }

    private static String[] row(String phase, int invoices, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        long median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        String rounds = String.join(", ", Arrays.stream(nanos).mapToObj(n -> String.valueOf(Math.round(n / 1e6))).toList());
        return new String[] {phase, String.format(Locale.ROOT, "%,.0f", invoices / (median / 1e9)),
                String.format(Locale.ROOT, "%,d ms", Math.round(median / 1e6)), rounds, "", String.valueOf(median)};
    }

    private static long last(List<String[]> rows) {
        return Long.parseLong(rows.get(rows.size() - 1)[5]);
    }
}
