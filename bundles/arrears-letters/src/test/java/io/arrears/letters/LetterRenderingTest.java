package io.arrears.letters;

import static io.arrears.letters.LetterFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.letter.RenderedLetter;
import io.arrears.api.letter.Tone;
import io.arrears.api.profile.BehaviourType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One full letter per language: what is owed (residuals), by when, how to pay; PDF text and a PNG of page 1. */
class LetterRenderingTest {

    static final Path PNG_DIR = Path.of("target", "letter-renderings");

    private final TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.empty());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "en | GBP | £1,234.56   | £1,586.90   | £2,000.00   | March 17, 2025 | Payment reminder",
            "de | EUR | 1.234,56 €  | 1.586,90 €  | 2.000,00 €  | 17. März 2025  | Zahlungserinnerung",
            "pl | PLN | 1 234,56 zł | 1 586,90 zł | 2 000,00 zł | 17 marca 2025  | Przypomnienie o płatności",
            "tr | TRY | ₺1.234,56   | ₺1.586,90   | ₺2.000,00   | 17 Mart 2025   | Ödeme hatırlatması",
            "he | ILS | 1,234.56 ₪  | 1,586.90 ₪  | 2,000.00 ₪  | 17 במרץ 2025   | תזכורת לתשלום",
    })
    void reminderInTheDebtorsLanguage(String language, String currency, String residual, String total, String original,
                                      String payBy, String subjectStart) throws IOException {
        RenderedLetter letter = renderer.render(LetterFixtures.request(language, currency, Tone.NEUTRAL, BehaviourType.STRUGGLING));

        String subject = plain(letter.subject());
        String body = plain(letter.textBody());
        assertThat(subject).startsWith(subjectStart).contains(total);
        assertThat(body)
                .contains(residual, total, payBy, "DE89 3704 0044 0532 0130 00", "RF18 5390 0754 7034",
                        "INV-2025-0042", "INV-2025-0057", "COBADEFFXXX")
                .doesNotContain(original)
                .doesNotContain("{{");
        assertThat(plain(letter.htmlBody()))
                .contains("lang=\"" + language + "\"", residual, "<li>")
                .doesNotContain(original);

        String pdfText = plain(pdfText(letter.pdf()));
        assertThat(pdfText).contains("INV-2025-0042", "DE89 3704 0044 0532 0130 00");
        savePng(letter.pdf(), "reminder-" + language + ".png");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FRIENDLY", "NEUTRAL", "FIRM", "FINAL"})
    void everyToneRendersInEveryLanguage(Tone tone) {
        for (String language : LetterLanguages.BUNDLED) {
            RenderedLetter letter = renderer.render(LetterFixtures.request(language, "EUR", tone, BehaviourType.UNKNOWN));

            assertThat(letter.textBody()).as(language + " " + tone).contains("INV-2025-0042").doesNotContain("{{");
            assertThat(letter.pdf()).as(language + " " + tone).startsWith("%PDF".getBytes());
        }
    }

    @org.junit.jupiter.api.Test
    void languageSpecificCharactersSurviveInThePdf() throws IOException {
        assertThat(pdfText(render("pl"))).contains("Żółć i Łąka sp. z o.o.", "Zofia Wąsowska", "należności");
        assertThat(pdfText(render("tr"))).contains("Işık Gıda Sanayi A.Ş.", "Sayın İlker Şahin", "ödenmemiştir");
        assertThat(pdfText(render("de"))).contains("Bäckerei Groß KG", "Mit freundlichen Grüßen");
    }

    @org.junit.jupiter.api.Test
    void hebrewPdfIsRightToLeftAndExtractsInReadingOrder() throws IOException {
        RenderedLetter letter = renderer.render(LetterFixtures.request("he", "ILS", Tone.FIRM, BehaviourType.DOMINANT));
        String text = plain(pdfText(letter.pdf()));

        assertThat(letter.htmlBody()).contains("dir=\"rtl\"");
        assertThat(text).contains("תזכורת שנייה", "חשבונית", "אורן סחר בע״מ", "INV-2025-0042", "1,234.56");
        savePng(letter.pdf(), "firm-he.png");
    }

    @org.junit.jupiter.api.Test
    void behaviourTypeAddsItsParagraph() {
        String struggling = renderer.render(LetterFixtures.request("en", "EUR", Tone.FIRM, BehaviourType.STRUGGLING)).textBody();
        String cooperative = renderer.render(LetterFixtures.request("en", "EUR", Tone.FIRM, BehaviourType.COOPERATIVE)).textBody();

        assertThat(struggling).contains("payment plan");
        assertThat(cooperative).doesNotContain("payment plan").doesNotContain("\n\n\n");
    }

    @org.junit.jupiter.api.Test
    void chargesAreItemisedWithRateAndPeriod() {
        String body = plain(renderer.render(LetterFixtures.request("de", "EUR", Tone.FINAL, BehaviourType.UNKNOWN)).textBody());

        assertThat(body).contains("- Verzugszinsen für Rechnung INV-2025-0042 (11,27 % pro Jahr, 10. Februar 2025 bis 3. März 2025): 12,34 €")
                .contains("- Verzugspauschale (Rechnung INV-2025-0042): 40,00 €");
    }

    @org.junit.jupiter.api.Test
    void paymentLinkIsFilledAndClickable() {
        RenderedLetter letter = renderer.render(LetterFixtures.request("en", "EUR", Tone.NEUTRAL, BehaviourType.UNKNOWN));

        assertThat(letter.textBody()).contains("https://pay.example.com/p?ref=RF18539007547034&amount=1586.90");
        assertThat(letter.htmlBody()).contains("<a href=\"https://pay.example.com/p?ref=RF18539007547034&amp;amount=1586.90\">");
    }

    private byte[] render(String language) {
        return renderer.render(LetterFixtures.request(language, "EUR", Tone.NEUTRAL, BehaviourType.UNKNOWN)).pdf();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static BufferedImage page1(byte[] pdf, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }

    static void savePng(byte[] pdf, String name) throws IOException {
        Files.createDirectories(PNG_DIR);
        ImageIO.write(page1(pdf, 100), "png", PNG_DIR.resolve(name).toFile());
    }
}
