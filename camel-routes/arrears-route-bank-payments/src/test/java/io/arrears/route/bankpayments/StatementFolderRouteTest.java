package io.arrears.route.bankpayments;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.intake.UnmatchedPayment;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.money.Money;
import io.arrears.routes.support.file.FileIntakeSettings;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.io.TempDir;

class StatementFolderRouteTest {

    private static final String ROUTE = "arrears.bank.camt";
    private static final String RF_A = "RF18539007547034";
    private static final String RF_C = CreditorReference.create("INVC2025");

    @TempDir
    Path inbox;

    @DatabaseTest
    void camtStatementPaysByReferenceAndInvoiceNumberAndQueuesTheUnknownPayer(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            h.intake.importInvoices("erpintake.csv", List.of(invoice("INV-2025-0001", "C1", "100.00", RF_A),
                    invoice("INV-2025-0002", "C2", "50.00", null), invoice("INV-2025-0003", "C3", "60.00", RF_C)));
            FileIntakeSettings settings = new FileIntakeSettings(ROUTE, inbox, ".*\\.xml", Duration.ofMillis(50),
                    Duration.ofMinutes(10), null, 1, Duration.ofMillis(10), true);
            h.start(new StatementFolderRoute(settings, StatementParser.camt(), h.intake, h.processedFiles, h.metrics, Clock.systemUTC()));

            NotifyBuilder done = new NotifyBuilder(h.camel).fromRoute(ROUTE).whenDone(1).create();
            IntakeHarness.dropOld(inbox, "statement.xml", statement(
                    entry("100.00", "Somebody", "<Strd><CdtrRefInf><Ref>" + RF_A + "</Ref></CdtrRefInf></Strd>"),
                    entry("50.00", "Beta AG", "<Ustrd>Payment INV-2025-0002 thank you</Ustrd>"),
                    entry("75.00", "Stranger Ltd", "<Ustrd>goods</Ustrd>"),
                    // two genuinely identical transfers on the same day: both count
                    entry("30.00", "Gamma", "<Strd><CdtrRefInf><Ref>" + RF_C + "</Ref></CdtrRefInf></Strd>"),
                    entry("30.00", "Gamma", "<Strd><CdtrRefInf><Ref>" + RF_C + "</Ref></CdtrRefInf></Strd>")));
            assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(status(h, "erpintake.csv:INV-2025-0001")).isEqualTo(ItemStatus.PAID);
            assertThat(status(h, "erpintake.csv:INV-2025-0002")).isEqualTo(ItemStatus.PAID);
            assertThat(status(h, "erpintake.csv:INV-2025-0003")).isEqualTo(ItemStatus.PAID);
            assertThat(h.journal.findAll()).filteredOn(LedgerEvent.PaymentRecorded.class::isInstance).hasSize(4);
            List<UnmatchedPayment> queue = h.intake.unmatchedPayments(10);
            assertThat(queue).singleElement().satisfies(u -> {
                assertThat(u.transaction().debtorName()).isEqualTo("Stranger Ltd");
                assertThat(u.transaction().amount()).isEqualTo(Money.of("75.00", "EUR"));
                assertThat(u.source()).isEqualTo("bank.camt");
            });
            assertThat(h.metrics.value(ArrearsMeters.UNMATCHED_PAYMENTS, List.of("bank.camt")).value()).isEqualTo(1);
            assertThat(h.metrics.value(ArrearsMeters.INTAKE_FILES, List.of("bank.camt", "imported")).value()).isEqualTo(1);
        }
    }

    @DatabaseTest
    void mt940StatementPaysByReferenceQueuesTheUnknownAndIsNotAppliedTwice(TestDatabase db) throws Exception {
        String route = "arrears.bank.mt940";
        try (IntakeHarness h = new IntakeHarness(db)) {
            h.intake.importInvoices("erpintake.csv", List.of(invoice("INV-2025-0042", "C42", "1428.00", RF_A)));
            FileIntakeSettings settings = new FileIntakeSettings(route, inbox, ".*\\.(sta|mt940)", Duration.ofMillis(50),
                    Duration.ofMinutes(10), null, 1, Duration.ofMillis(10), true);
            h.start(new StatementFolderRoute(settings, StatementParser.mt940(StandardCharsets.ISO_8859_1), h.intake,
                    h.processedFiles, h.metrics, Clock.systemUTC()));
            byte[] statement;
            try (java.io.InputStream in = TestResources.open("statement.mt940")) {
                statement = in.readAllBytes();
            }

            NotifyBuilder first = new NotifyBuilder(h.camel).fromRoute(route).whenDone(1).create();
            IntakeHarness.dropOld(inbox, "day1.sta", statement);
            assertThat(first.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(status(h, "erpintake.csv:INV-2025-0042")).isEqualTo(ItemStatus.PAID);
            assertThat(h.intake.unmatchedPayments(10)).singleElement().satisfies(u -> {
                assertThat(u.transaction().amount()).isEqualTo(Money.of("75.00", "EUR"));
                assertThat(u.source()).isEqualTo("bank.mt940");
            });
            int events = h.journal.findAll().size();

            // the bank client delivers the same statement again under another name: nothing changes
            NotifyBuilder again = new NotifyBuilder(h.camel).fromRoute(route)
                    .filter(exchange -> "day1-resent.sta".equals(exchange.getIn().getHeader("CamelFileName", String.class)))
                    .whenDone(1).create();
            IntakeHarness.dropOld(inbox, "day1-resent.sta", statement);
            assertThat(again.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(h.journal.findAll()).hasSize(events);
            assertThat(h.intake.unmatchedPayments(10)).hasSize(1);
        }
    }

    private static ItemStatus status(IntakeHarness h, String itemId) {
        return h.ledger().balance(itemId).map(ItemBalance::status).orElseThrow();
    }

    private static InvoiceRecord invoice(String number, String customer, String amount, String reference) {
        return new InvoiceRecord(number, number, DocumentKind.INVOICE, customer, "Customer " + customer, null, "DE", null,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), Money.of(amount, "EUR"), null, reference, "hash-" + number);
    }

    private static String entry(String amount, String debtor, String remittance) {
        return """
                <Ntry>
                  <Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2025-04-01</Dt></BookgDt><ValDt><Dt>2025-04-01</Dt></ValDt>
                  <NtryDtls><TxDtls>
                    <RltdPties><Dbtr><Nm>%s</Nm></Dbtr></RltdPties>
                    <RmtInf>%s</RmtInf>
                  </TxDtls></NtryDtls>
                </Ntry>""".formatted(amount, debtor, remittance);
    }

    private static byte[] statement(String... entries) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2025-04-01T20:00:00</CreDtTm></GrpHdr>
                    <Stmt><Id>1</Id><CreDtTm>2025-04-01T20:00:00</CreDtTm>
                      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
                """ + String.join("\n", entries) + """
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """).getBytes(StandardCharsets.UTF_8);
    }
}
