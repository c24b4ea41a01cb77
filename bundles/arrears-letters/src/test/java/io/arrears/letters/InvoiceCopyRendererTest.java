package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.document.InvoiceCopy;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoiceCopyRendererTest {

    private final InvoiceCopyRendererComponent renderer = new InvoiceCopyRendererComponent();

    private static InvoiceCopy copy(String language, String debtor) {
        return new InvoiceCopy(language, "Nordlicht Handel GmbH", debtor, "C-1", "INV-1", "INVOICE", LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 1), Money.of("1500.00", "EUR"), Money.of("900.00", "EUR"), Optional.of("RF18INV1"),
                LocalDate.of(2026, 3, 10));
    }

    @Test
    void aGermanDebtorGetsAGermanCopyWithGermanAmountsAndDatesSayingItIsACopy() throws IOException {
        String text = text(renderer.pdf(copy("de-DE", "Alpha GmbH")));
        assertThat(text).contains("Kopie der Rechnung INV-1", "Gläubiger: Nordlicht Handel GmbH", "Schuldner: Alpha GmbH (Kunde C-1)",
                "Rechnungsbetrag: 1.500,00 €", "Offen am 10. März 2026: 900,00 €", "Zahlungsreferenz: RF18INV1",
                "nicht die Originalrechnung");
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        assertThat(renderer.pdf(copy("pl", "Beta Sp. z o.o."))).isEqualTo(renderer.pdf(copy("pl", "Beta Sp. z o.o.")));
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToEnglishAndMissingGlyphsDoNotFail() throws IOException {
        String text = text(renderer.pdf(copy("fr-FR", "北京贸易")));
        assertThat(text).contains("Copy of invoice INV-1", "Debtor: ???? (customer C-1)", "Invoice amount: €1,500.00",
                "it is not the original invoice");
    }

    @Test
    void hebrewAndTurkishCopiesRender() throws IOException {
        assertThat(text(renderer.pdf(copy("he-IL", "Gamma Ltd")))).contains("INV-1", "Gamma Ltd");
        assertThat(text(renderer.pdf(copy("tr-TR", "Delta A.Ş.")))).contains("INV-1 numaralı fatura kopyası", "Borçlu: Delta A.Ş.");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // amounts are printed with the locale's no-break space ("1.500,00 €")
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }
}
