package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UblInvoiceParserTest {

    private final UblInvoiceParser parser = new UblInvoiceParser();

    @Test
    void readsPeppolInvoice() {
        InvoiceRecord r = parser.parse(TestResources.open("ubl/peppol-invoice.xml"), "peppol-invoice.xml");

        assertThat(r.documentNumber()).isEqualTo("INV-2025-0042");
        assertThat(r.sourceDocumentId()).isEqualTo("INV-2025-0042");
        assertThat(r.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(r.customerErpId()).isEqualTo("CUST-1001");
        assertThat(r.customerName()).isEqualTo("Bäckerei Müller KG");
        assertThat(r.taxId()).isEqualTo("DE811234567");
        assertThat(r.country()).isEqualTo("DE");
        assertThat(r.email()).isEqualTo("buchhaltung@baeckerei-mueller.example");
        assertThat(r.issueDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(r.amountPayable()).isEqualTo(Money.of("1428.00", "EUR"));
        assertThat(r.paymentReference()).isEqualTo("RF18539007547034");
        assertThat(r.referencedInvoiceNumber()).isNull();
    }

    @Test
    void contentHashIsSha256OfTheDocumentBytes() {
        byte[] bytes = TestResources.bytes("ubl/peppol-invoice.xml");
        InvoiceRecord r = parser.parse(new ByteArrayInputStream(bytes), "a.xml");

        assertThat(r.contentHash()).isEqualTo(java.util.HexFormat.of().formatHex(ContentHash.sha256().digest(bytes)));
        assertThat(parser.parse(new ByteArrayInputStream(bytes), "b.xml").contentHash()).isEqualTo(r.contentHash());
    }

    @Test
    void readsPeppolCreditNoteWithReferenceAndPaymentMeansDueDate() {
        InvoiceRecord r = parser.parse(TestResources.open("ubl/peppol-credit-note.xml"), "cn.xml");

        assertThat(r.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(r.referencedInvoiceNumber()).isEqualTo("INV-2025-0042");
        assertThat(r.customerName()).isEqualTo("Bäckerei Müller KG");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(r.amountPayable()).isEqualTo(Money.of("142.80", "EUR"));
    }

    @Test
    void readsTurkishEFatura() {
        InvoiceRecord r = parser.parse(TestResources.open("ubl/ubltr-efatura.xml"), "efatura.xml");

        assertThat(r.sourceDocumentId()).isEqualTo("3f2b8c1e-6d4a-4e8b-9c2f-7a1d5e9b0c44");
        assertThat(r.documentNumber()).isEqualTo("ABC2025000000123");
        assertThat(r.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(r.customerErpId()).isEqualTo("M-4471");
        assertThat(r.taxId()).isEqualTo("9876543210");
        assertThat(r.customerName()).isEqualTo("Güneş İnşaat Ltd. Şti.");
        assertThat(r.country()).isEqualTo("TR");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(r.amountPayable()).isEqualTo(Money.of("12000.00", "TRY"));
    }

    @Test
    void readsTurkishReturnInvoiceAsCreditNoteWithPaymentTermsDueDate() {
        InvoiceRecord r = parser.parse(TestResources.open("ubl/ubltr-iade.xml"), "iade.xml");

        assertThat(r.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(r.referencedInvoiceNumber()).isEqualTo("ABC2025000000123");
        assertThat(r.customerName()).isEqualTo("Ayşe Yılmaz");
        assertThat(r.taxId()).isEqualTo("12345678901");
        assertThat(r.customerErpId()).isNull();
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 5, 30));
    }

    @Test
    void refusesAnotherRootElement() {
        String xml = "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"><ID>1</ID></Order>";

        assertThatThrownBy(() -> parser.parse(stream(xml), "order.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("order.xml")
                .hasMessageContaining("is not a UBL 2.1 Invoice or CreditNote");
    }

    @Test
    void namesTheMissingElement() {
        String xml = new String(TestResources.bytes("ubl/peppol-invoice.xml"), StandardCharsets.UTF_8)
                .replaceAll("<cbc:PayableAmount[^<]*</cbc:PayableAmount>", "");

        assertThatThrownBy(() -> parser.parse(stream(xml), "nopay.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("Invoice/LegalMonetaryTotal/PayableAmount")
                .hasMessageContaining("required element is missing");
    }

    @Test
    void reportsLineOfABadDate() {
        String xml = new String(TestResources.bytes("ubl/peppol-invoice.xml"), StandardCharsets.UTF_8)
                .replace("<cbc:DueDate>2025-04-02</cbc:DueDate>", "<cbc:DueDate>02.04.2025</cbc:DueDate>");

        assertThatThrownBy(() -> parser.parse(stream(xml), "date.xml"))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(10);
                    assertThat(e.location()).isEqualTo("DueDate");
                    assertThat(e.reason()).contains("'02.04.2025' is not a date");
                });
    }

    @Test
    void refusesCurrencyMismatchAndTooManyDecimals() {
        String base = new String(TestResources.bytes("ubl/peppol-invoice.xml"), StandardCharsets.UTF_8);
        String mismatch = base.replace("<cbc:PayableAmount currencyID=\"EUR\">", "<cbc:PayableAmount currencyID=\"USD\">");
        String decimals = base.replace(">1428.00</cbc:PayableAmount>", ">1428.005</cbc:PayableAmount>");

        assertThatThrownBy(() -> parser.parse(stream(mismatch), "m.xml"))
                .hasMessageContaining("differs from DocumentCurrencyCode EUR");
        assertThatThrownBy(() -> parser.parse(stream(decimals), "d.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("more decimals than EUR");
    }

    @Test
    void refusesMalformedXmlWithLine() {
        assertThatThrownBy(() -> parser.parse(stream("<Invoice>\n<ID>1</Invoice>"), "broken.xml"))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).startsWith("malformed XML");
                });
    }

    static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
