package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.MeterValue;
import io.arrears.api.money.Money;
import io.arrears.routes.support.file.FileIntakeSettings;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.io.TempDir;

class InvoiceFolderRouteTest {

    private static final String HEADER = "source_document_id;document_number;kind;customer_id;customer_name;issue_date;due_date;"
            + "amount;currency;referenced_invoice\n";
    private static final String TODAY = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);

    @TempDir
    Path inbox;

    private IntakeHarness harness(TestDatabase db, String routeId, InvoiceDocumentParser parser) throws Exception {
        return harness(db, routeId, parser, null);
    }

    private IntakeHarness harness(TestDatabase db, String routeId, InvoiceDocumentParser parser, String doneFile) throws Exception {
        FileIntakeSettings settings = new FileIntakeSettings(routeId, inbox, ".*\\.(csv|xml)", Duration.ofMillis(50),
                Duration.ofMinutes(10), doneFile, 1, Duration.ofMillis(10), true);
        IntakeHarness h = new IntakeHarness(db);
        return h.start(new InvoiceFolderRoute(settings, parser, h.intake, h.processedFiles, h.metrics, Clock.systemUTC()));
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Waits for that file itself: another file's completion may still be on its way to the notifier. */
    private static NotifyBuilder doneWith(IntakeHarness h, String routeId, String fileName) {
        return new NotifyBuilder(h.camel).fromRoute(routeId)
                .filter(exchange -> fileName.equals(exchange.getIn().getHeader("CamelFileName", String.class)))
                .whenDone(1).create();
    }

    private static NotifyBuilder done(IntakeHarness h, String routeId, int files) {
        return new NotifyBuilder(h.camel).fromRoute(routeId).whenDone(files).create();
    }

    @DatabaseTest
    void csvFileIsImportedOnceAndChangesAndCancellationsFollow(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.csv(CsvFormat.defaults()))) {
            byte[] first = csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;",
                    "E2;INV-2;INVOICE;C2;Beta;2025-03-01;2025-03-31;50,00;EUR;");
            NotifyBuilder one = done(h, route, 1);
            IntakeHarness.dropOld(inbox, "batch-1.csv", first);
            assertThat(one.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(h.ledger().balances("C1")).extracting(b -> b.item().documentNumber()).containsExactly("INV-1");
            assertThat(h.journal.findAll()).hasSize(2);

            // the same file again (skipped by the database idempotent repository) next to a change and a cancellation
            // wait for batch-2 itself: the repeated batch-1 may or may not make an exchange of its own
            NotifyBuilder two = new NotifyBuilder(h.camel).fromRoute(route)
                    .filter(exchange -> "batch-2.csv".equals(exchange.getIn().getHeader("CamelFileName", String.class)))
                    .whenDone(1).create();
            IntakeHarness.dropOld(inbox, "batch-1.csv", first);
            IntakeHarness.dropOld(inbox, "batch-2.csv", csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-04-15;120,00;EUR;",
                    "S2;ST-2;CANCELLATION;C2;Beta;2025-03-05;;50,00;EUR;INV-2"));
            assertThat(two.matches(20, TimeUnit.SECONDS)).isTrue();

            List<ItemBalance> c1 = h.ledger().balances("C1");
            assertThat(c1).filteredOn(ItemBalance::isOpenClaim).singleElement().satisfies(b -> {
                assertThat(b.outstanding()).isEqualTo(Money.of("120.00", "EUR"));
                assertThat(b.item().dueDate()).isEqualTo(LocalDate.of(2025, 4, 15));
            });
            assertThat(h.ledger().balances("C2")).singleElement().extracting(ItemBalance::status).isEqualTo(ItemStatus.CANCELLED);
            // 2 recorded + (cancel + re-record) + cancel; the repeated batch-1 added nothing
            assertThat(h.journal.findAll()).hasSize(5);
            assertThat(inbox.resolve(".done/" + TODAY + "/batch-2.csv")).exists();
        }
    }

    @DatabaseTest
    void ublInvoiceIsImported(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.ubl";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.ubl())) {
            NotifyBuilder one = done(h, route, 1);
            IntakeHarness.dropOld(inbox, "peppol-invoice.xml", resource("erpintake/ubl/peppol-invoice.xml"));
            assertThat(one.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(h.ledger().balances("CUST-1001")).singleElement().satisfies(b -> {
                assertThat(b.item().documentNumber()).isEqualTo("INV-2025-0042");
                assertThat(b.outstanding()).isEqualTo(Money.of("1428.00", "EUR"));
            });
        }
    }

    @DatabaseTest
    void malformedFileGoesToTheErrorFolderWithAReportAndTheGoodOneIsImported(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.csv(CsvFormat.defaults()))) {
            NotifyBuilder both = done(h, route, 2);
            IntakeHarness.dropOld(inbox, "bad.csv", resource("erpintake/csv/errors.csv"));
            IntakeHarness.dropOld(inbox, "good.csv", csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;"));
            assertThat(both.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(h.ledger().balances("C1")).hasSize(1);
            assertThat(h.ledger().customerIds()).containsExactly("C1");
            Path errors = inbox.resolve(".error/" + TODAY);
            assertThat(errors.resolve("bad.csv")).exists();
            assertThat(Files.readString(errors.resolve("bad.csv.error.txt")))
                    .contains("File: bad.csv", "line 3", "line 4", "nothing from it was imported");
            assertThat(inbox.resolve(".done/" + TODAY + "/good.csv")).exists();

            // the metrics an operator scrapes moved: one file imported, one rejected, lag of the hour-old file
            assertThat(h.metrics.value(ArrearsMeters.INTAKE_FILES, List.of("erpintake.csv", "imported")).value()).isEqualTo(1);
            assertThat(h.metrics.value(ArrearsMeters.INTAKE_FILES, List.of("erpintake.csv", "rejected")).value()).isEqualTo(1);
            MeterValue lag = h.metrics.value(ArrearsMeters.INTAKE_LAG, List.of("erpintake.csv"));
            assertThat(lag.count()).isEqualTo(1);
            assertThat(lag.value()).isGreaterThanOrEqualTo(3600);
        }
    }

    @DatabaseTest
    void anOperatorImportsAFileFromAPathWithTheRoutesParserWithoutMovingIt(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        FileIntakeSettings settings = new FileIntakeSettings(route, inbox, ".*\\.csv", Duration.ofMillis(50),
                Duration.ofMinutes(10), null, 1, Duration.ofMillis(10), false);
        IntakeHarness h = new IntakeHarness(db);
        InvoiceFolderRoute importer = new InvoiceFolderRoute(settings, InvoiceDocumentParser.csv(CsvFormat.defaults()), h.intake,
                h.processedFiles, h.metrics, Clock.systemUTC());
        try (h) {
            Path file = Files.write(inbox.resolve("manual.csv"), csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;"));

            assertThat(importer.importFile(file).created()).isEqualTo(1);
            assertThat(importer.importFile(file).unchanged()).isEqualTo(1);
            assertThat(h.ledger().customerIds()).containsExactly("C1");
            assertThat(file).exists();

            Path bad = Files.write(inbox.resolve("bad.csv"), resource("erpintake/csv/errors.csv"));
            assertThatThrownBy(() -> importer.importFile(bad)).isInstanceOf(IntakeParseException.class);
            assertThat(h.metrics.value(ArrearsMeters.INTAKE_FILES, List.of("erpintake.csv", "imported")).value()).isEqualTo(2);
            assertThat(h.metrics.value(ArrearsMeters.INTAKE_FILES, List.of("erpintake.csv", "rejected")).value()).isEqualTo(1);
            assertThatThrownBy(() -> importer.importFile(inbox.resolve("missing.csv"))).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("missing.csv");
        }
    }

    @DatabaseTest
    void aFileStillBeingWrittenIsNotRead(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.csv(CsvFormat.defaults()))) {
            Files.write(inbox.resolve("writing.csv"), csv("E9;INV-9;INVOICE;C9;Gamma;2025-03-01;2025-03-31;9,00;EUR;"));
            NotifyBuilder one = done(h, route, 1);
            IntakeHarness.dropOld(inbox, "finished.csv", csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;"));
            assertThat(one.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(h.ledger().customerIds()).containsExactly("C1");
            assertThat(inbox.resolve("writing.csv")).exists();
        }
    }

    @DatabaseTest
    void ksefInvoiceAndItsCorrectionAreImported(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.ksef";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.ksef())) {
            NotifyBuilder invoice = new NotifyBuilder(h.camel).fromRoute(route).whenDone(1).create();
            IntakeHarness.dropOld(inbox, "fa3-vat.xml", resource("erpintake/ksef/fa3-vat.xml"));
            assertThat(invoice.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(h.ledger().balances("K-7")).singleElement().satisfies(b -> {
                assertThat(b.item().documentNumber()).isEqualTo("FV/2026/02/0017");
                assertThat(b.outstanding()).isEqualTo(Money.of("2460.00", "PLN"));
            });

            NotifyBuilder correction = doneWith(h, route, "fa3-kor.xml");
            IntakeHarness.dropOld(inbox, "fa3-kor.xml", resource("erpintake/ksef/fa3-kor.xml"));
            assertThat(correction.matches(20, TimeUnit.SECONDS)).isTrue();
            // the KOR credit note (246.00) reduces what K-7 owes
            assertThat(h.ledger().balances("K-7")).hasSize(2);
            assertThat(inbox.resolve(".done/" + TODAY + "/fa3-kor.xml")).exists();
        }
    }

    @DatabaseTest
    void inDoneFileModeAFileWithoutItsDoneFileIsNeverRead(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.csv(CsvFormat.defaults()), "${file:name}.done")) {
            // old enough, complete, but its done-file never comes: the ERP did not finish it
            IntakeHarness.dropOld(inbox, "waiting.csv", csv("E9;INV-9;INVOICE;C9;Gamma;2025-03-01;2025-03-31;9,00;EUR;"));
            NotifyBuilder one = done(h, route, 1);
            IntakeHarness.dropOld(inbox, "ready.csv", csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;"));
            IntakeHarness.dropOld(inbox, "ready.csv.done", new byte[0]);
            assertThat(one.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(h.ledger().customerIds()).containsExactly("C1");
            assertThat(inbox.resolve("waiting.csv")).exists();
            assertThat(inbox.resolve("ready.csv.done")).doesNotExist(); // consumed with its file

            NotifyBuilder late = doneWith(h, route, "waiting.csv");
            IntakeHarness.dropOld(inbox, "waiting.csv.done", new byte[0]);
            assertThat(late.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(h.ledger().customerIds()).containsExactlyInAnyOrder("C1", "C9");
        }
    }

    @DatabaseTest
    void aFileWhoseImportFailsOnTheDatabaseEndsInTheErrorFolderNotLost(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.csv(CsvFormat.defaults()))) {
            // the database fails under the import (as when it goes down mid-file): retried, then the dead letter
            db.execute("ALTER TABLE intake_documents RENAME TO intake_documents_away");
            NotifyBuilder failed = done(h, route, 1);
            IntakeHarness.dropOld(inbox, "during-outage.csv", csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;"));
            assertThat(failed.matches(20, TimeUnit.SECONDS)).isTrue();

            Path errors = inbox.resolve(".error/" + TODAY);
            assertThat(errors.resolve("during-outage.csv")).exists();
            assertThat(Files.readString(errors.resolve("during-outage.csv.error.txt"))).contains("File: during-outage.csv");
            assertThat(inbox.resolve("during-outage.csv")).doesNotExist();
            assertThat(inbox.resolve(".done/" + TODAY + "/during-outage.csv")).doesNotExist();
        }
    }

    @DatabaseTest
    void aFileANodeDiedOnIsTakenOverOnceItsClaimIsStale(TestDatabase db) throws Exception {
        String route = "arrears.erpintake.csv";
        try (IntakeHarness h = harness(db, route, InvoiceDocumentParser.csv(CsvFormat.defaults()))) {
            byte[] content = csv("E1;INV-1;INVOICE;C1;Acme;2025-03-01;2025-03-31;100,00;EUR;");
            // a node claimed this very file two hours ago and died before finishing it (no confirmation)
            String key = route + "/abandoned.csv/" + java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(content));
            new io.arrears.routes.support.JdbcIdempotentRepository(db.dataSource(), "files",
                    Clock.offset(Clock.systemUTC(), Duration.ofHours(-2))).add(key);

            NotifyBuilder one = done(h, route, 1);
            IntakeHarness.dropOld(inbox, "abandoned.csv", content);
            assertThat(one.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(h.ledger().customerIds()).containsExactly("C1");
            assertThat(inbox.resolve(".done/" + TODAY + "/abandoned.csv")).exists();
            assertThat(db.queryLong("SELECT count(*) FROM intake_processed_files WHERE confirmed_at IS NOT NULL")).isEqualTo(1);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = InvoiceFolderRouteTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
