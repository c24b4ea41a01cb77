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

class KsefInvoiceParserTest {

    private final KsefInvoiceParser parser = new KsefInvoiceParser();

    @Test
    void readsFa3VatInvoice() {
        InvoiceRecord r = parser.parse(TestResources.open("ksef/fa3-vat.xml"), "fa3-vat.xml");

        assertThat(r.documentNumber()).isEqualTo("FV/2026/02/0017");
        assertThat(r.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(r.customerErpId()).isEqualTo("K-7");
        assertThat(r.customerName()).isEqualTo("Zakład Ślusarski „Żuraw” Łukasz Wąs");
        assertThat(r.taxId()).isEqualTo("7740001454");
        assertThat(r.country()).isEqualTo("PL");
        assertThat(r.email()).isEqualTo("faktury@zuraw.example");
        assertThat(r.issueDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(r.amountPayable()).isEqualTo(Money.of("2460.00", "PLN"));
        assertThat(r.contentHash()).hasSize(64);
    }

    @Test
    void decreasingCorrectionIsACreditNoteReferencingTheInvoice() {
        InvoiceRecord r = parser.parse(TestResources.open("ksef/fa3-kor.xml"), "fa3-kor.xml");

        assertThat(r.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(r.amountPayable()).isEqualTo(Money.of("246.00", "PLN"));
        assertThat(r.referencedInvoiceNumber()).isEqualTo("FV/2026/02/0017");
        assertThat(r.dueDate()).isNull();
    }

    @Test
    void refusesOtherNamespaceAndDoctype() {
        String otherNs = "<Faktura xmlns=\"http://example.com/not-ksef\"><Fa/></Faktura>";
        String doctype = "<!DOCTYPE Faktura [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                + "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\"><Fa><P_2>&e;</P_2></Fa></Faktura>";

        assertThatThrownBy(() -> parser.parse(stream(otherNs), "x.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("is not a KSeF Faktura FA(3)");
        assertThatThrownBy(() -> parser.parse(stream(doctype), "d.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("DOCTYPE declarations are not allowed");
    }

    @Test
    void negativeTotalOnAPlainInvoiceIsAnError() {
        String xml = new String(TestResources.bytes("ksef/fa3-vat.xml"), StandardCharsets.UTF_8)
                .replace("<P_15>2460.00</P_15>", "<P_15>-2460.00</P_15>");

        assertThatThrownBy(() -> parser.parse(stream(xml), "neg.xml"))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.location()).isEqualTo("Fa/P_15");
                    assertThat(e.reason()).contains("only corrections may be negative");
                });
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
