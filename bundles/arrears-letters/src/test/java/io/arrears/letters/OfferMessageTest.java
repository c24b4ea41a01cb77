package io.arrears.letters;

import static io.arrears.letters.LetterFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.letter.LetterRenderingException;
import io.arrears.api.letter.OfferRequest;
import io.arrears.api.letter.RenderedMessage;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The early-payment discount offer in the debtor's language, from {@code offer.tpl}: subject, text and HTML. */
class OfferMessageTest {

    private static final String OFFER_ID = "DISC-K-1-1773133200000";

    @TempDir
    Path dir;

    private final TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.empty());

    /** 2 % off 1,500.00: pay 1,470.00 by 20 March 2026 and 30.00 is forgiven. */
    static OfferRequest request(String languageTag, String currency, Optional<String> contactPerson) {
        Money debt = Money.of("1500.00", currency);
        Money discount = Money.of("30.00", currency);
        return new OfferRequest(OFFER_ID, languageTag, "Kunde K-1", contactPerson, "carla", new BigDecimal("2"), debt, discount,
                debt.minus(discount), LocalDate.of(2026, 3, 20), List.of("RE-1", "RE-2"), OFFER_ID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | EUR | Discount offer: pay €1,470.00 instead of €1,500.00 by March 20, 2026 | Dear Sir or Madam, | a discount of 2% on €1,500.00 (invoices RE-1, RE-2) | the remaining €30.00 | Kind regards,",
            "de | EUR | Rabattangebot: 1.470,00 € statt 1.500,00 € bis zum 20. März 2026 | Sehr geehrte Damen und Herren, | einen Nachlass von 2 % auf 1.500,00 € (Rechnungen RE-1, RE-2) | die restlichen 30,00 € | Mit freundlichen Grüßen",
            "pl | PLN | Oferta rabatu: zapłać 1 470,00 zł zamiast 1 500,00 zł do 20 marca 2026 | Szanowni Państwo, | rabat 2% od kwoty 1 500,00 zł (faktury RE-1, RE-2) | pozostałych 30,00 zł | Z poważaniem",
            "tr | TRY | İndirim teklifi: 20 Mart 2026 tarihine kadar ₺1.500,00 yerine ₺1.470,00 ödeyin | Sayın Yetkili, | (faturalar: RE-1, RE-2) için size %2 indirim | kalan ₺30,00 tutarını | Saygılarımızla,"})
    void theOfferReadsInTheDebtorsLanguageWithTheirAmountsAndDates(String language, String currency, String subject,
            String greeting, String offer, String forgiven, String closing) {
        RenderedMessage message = renderer.render(request(language, currency, Optional.empty()));

        assertThat(plain(message.subject())).isEqualTo(subject);
        assertThat(plain(message.textBody())).startsWith(greeting).contains(offer, forgiven, OFFER_ID, closing + "\ncarla")
                .doesNotContain("{{");
        assertThat(message.htmlBody()).contains("lang=\"" + language + "\"", "dir=\"ltr\"", "<p>" + greeting + "</p>");
    }

    @Test
    void theHebrewOfferIsRightToLeftInHebrewWords() {
        RenderedMessage message = renderer.render(request("he", "ILS", Optional.of("דנה לוי")));

        assertThat(plain(message.subject())).isEqualTo("הצעת הנחה: שלמו 1,470.00 ₪ במקום 1,500.00 ₪ עד 20 במרץ 2026");
        assertThat(plain(message.textBody())).startsWith("שלום דנה לוי,")
                .contains("כפי שסוכם עם carla, אנו מציעים לכם הנחה של 2% על הסכום 1,500.00 ₪ (חשבוניות RE-1, RE-2).",
                        "לא תצטרכו לשלם את היתרה בסך 30.00 ₪", "נא לציין את האסמכתא " + OFFER_ID, "בברכה,\ncarla");
        assertThat(message.htmlBody()).contains("lang=\"he\"", "dir=\"rtl\"", "הצעת הנחה");
    }

    @Test
    void aLanguageWithoutOfferTemplateGetsEnglishWithTheDebtorsCountryFormats() {
        RenderedMessage message = renderer.render(request("fr-CH", "CHF", Optional.empty()));

        assertThat(plain(message.subject())).startsWith("Discount offer: pay CHF 1’470.00 instead of CHF 1’500.00");
        assertThat(message.htmlBody()).contains("lang=\"en-CH\"");
    }

    @Test
    void anAdministratorsOfferTemplateReplacesTheBundledOneWithoutARebuild() throws Exception {
        Files.createDirectories(dir.resolve("pl"));
        Files.writeString(dir.resolve("pl/offer.tpl"), """
                == subject
                Rabat {{percent}} do {{validUntil}}
                == body
                {{greeting}}

                Prosimy o {{discountedAmount}}, tytuł: {{reference}}.
                """);
        TemplateLetterRenderer edited = new TemplateLetterRenderer(Optional.of(dir));

        RenderedMessage message = edited.render(request("pl", "PLN", Optional.empty()));

        assertThat(plain(message.subject())).isEqualTo("Rabat 2% do 20 marca 2026");
        assertThat(plain(message.textBody())).isEqualTo("Szanowni Państwo,\n\nProsimy o 1 470,00 zł, tytuł: " + OFFER_ID + ".\n");
    }

    @Test
    void aMisspelledPlaceholderInAnEditedOfferIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("de"));
        Path file = dir.resolve("de/offer.tpl");
        Files.writeString(file, "== subject\nAngebot\n== body\nZahlen Sie {{discountAmount}}.\n");

        assertThatThrownBy(() -> new TemplateLetterRenderer(Optional.of(dir)).render(request("de", "EUR", Optional.empty())))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining(file + "#body")
                .hasMessageContaining("unknown placeholder {{discountAmount}}");
    }
}
