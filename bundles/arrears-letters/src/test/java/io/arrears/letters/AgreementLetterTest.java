package io.arrears.letters;

import static io.arrears.letters.LetterFixtures.plain;
import static io.arrears.letters.LetterRenderingTest.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.letter.AgreementInstalment;
import io.arrears.api.letter.AgreementRequest;
import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.Debtor;
import io.arrears.api.letter.PostalAddress;
import io.arrears.api.letter.RenderedAgreement;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payment-plan agreement as a PDF letter in the debtor's language: what the debtor reads, extracted by PDFBox. */
class AgreementLetterTest {

    private final TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.empty());

    static AgreementRequest request(String language, String currency) {
        Creditor creditor = Creditor.of("Müller & Söhne GmbH", PostalAddress.of("DE", "Hauptstraße 5", "10115 Berlin"),
                LetterFixtures.IBAN, "COBADEFFXXX", null);
        Debtor debtor = Debtor.of(name(language), PostalAddress.of("DE", "Street 1", "12345 Town"), null);
        List<AgreementInstalment> schedule = List.of(
                new AgreementInstalment(0, true, LocalDate.of(2025, 3, 10), Money.of("200.00", currency), Money.zero(currency)),
                new AgreementInstalment(1, false, LocalDate.of(2025, 4, 10), Money.of("520.00", currency), Money.of("3.25", currency)),
                new AgreementInstalment(2, false, LocalDate.of(2025, 5, 10), Money.of("517.80", currency), Money.of("1.05", currency)));
        return new AgreementRequest("PLAN-C-1-1741000000000", language, creditor, debtor, "carla", LocalDate.of(2025, 3, 3),
                Money.of("1234.56", currency), List.of("INV-2025-0042"), schedule, Money.of("1237.80", currency), 3,
                "PLAN-C-1-1741000000000", LocalDate.of(2025, 3, 3));
    }

    private static String name(String language) {
        return switch (language) {
            case "pl" -> "Żółć i Łąka sp. z o.o.";
            case "tr" -> "Işık Gıda Sanayi A.Ş.";
            case "he" -> "אורן סחר בע״מ";
            case "de" -> "Bäckerei Groß KG";
            default -> "Acme Trading Ltd";
        };
    }

    private static String invoices(String language) {
        return switch (language) {
            case "de" -> "Rechnungen";
            case "pl" -> "faktury";
            case "tr" -> "faturalar";
            default -> "invoices";
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | EUR | Our agreement: payment plan PLAN-C-1-1741000000000 | Down payment | Payment 1: €520.00 by April 10, 2025 (including €3.25 interest) | we send you no reminders",
            "de | EUR | Unsere Vereinbarung: Ratenplan PLAN-C-1-1741000000000 | Anzahlung | Rate 1: 520,00 € bis 10. April 2025 (davon 3,25 € Zinsen) | keine Mahnungen",
            "pl | PLN | Nasze porozumienie: plan spłaty PLAN-C-1-1741000000000 | Wpłata własna | Rata 1: 520,00 zł do 10 kwietnia 2025 (w tym 3,25 zł odsetek) | żadnych upomnień",
            "tr | TRY | Anlaşmamız: ödeme planı PLAN-C-1-1741000000000 | Peşinat | 1. taksit: 10 Nisan 2025 tarihine kadar ₺520,00 (₺3,25 faiz dahil) | hatırlatma göndermeyiz"})
    void theAgreementPdfReadsInTheDebtorsLanguage(String language, String currency, String subject, String downPayment,
            String firstPayment, String lateRule) throws IOException {
        RenderedAgreement agreement = renderer.render(request(language, currency));
        String pdf = plain(pdfText(agreement.pdf()));

        assertThat(agreement.subject()).isEqualTo(subject);
        assertThat(pdf).contains(subject, name(language), downPayment, firstPayment, lateRule, "(" + invoices(language) + " INV-2025-0042)",
                "DE89 3704 0044 0532 0130 00");
        assertThat(plain(agreement.textBody())).contains(firstPayment).doesNotContain("{{");
        assertThat(agreement.htmlBody()).contains("lang=\"" + language + "\"");
    }

    @Test
    void theHebrewAgreementIsRightToLeftAndExtractsInReadingOrder() throws IOException {
        RenderedAgreement agreement = renderer.render(request("he", "ILS"));
        String pdf = plain(pdfText(agreement.pdf()));

        assertThat(agreement.htmlBody()).contains("dir=\"rtl\"");
        assertThat(pdf).contains("ההסכם שלנו: תוכנית תשלומים", "אורן סחר בע״מ", "מקדמה", "תשלום 1", "סך הכול",
                "PLAN-C-1-1741000000000", "520.00");
        LetterRenderingTest.savePng(agreement.pdf(), "agreement-he.png");
    }
}
