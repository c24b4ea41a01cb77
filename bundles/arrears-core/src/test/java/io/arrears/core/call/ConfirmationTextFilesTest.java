package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.call.CallOutcome;
import io.arrears.api.call.ConfirmationDraft;
import io.arrears.api.call.PaymentInstructions;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.Customer;
import io.arrears.api.money.Money;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.core.promise.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfirmationTextFilesTest {

    private static final ConfirmationTexts BUNDLED = ConfirmationTexts.bundledDefault();
    private static final Instant CALLED = Instant.parse("2025-03-12T09:45:00Z");
    private static final PaymentInstructions HOW_TO_PAY = new PaymentInstructions("Arrears Demo GmbH", "DE89370400440532013000",
            Optional.empty(), "RF18539007547034", Optional.empty());

    @TempDir
    Path dir;

    private ConfirmationWriter writer() {
        return new ConfirmationWriter(new ConfirmationTextFiles(BUNDLED, Optional.of(dir)));
    }

    private static Customer customer(String language, String country) {
        return new Customer("C1", "ERP-1", "Kowalski & Co", language, country, ZoneId.of("Europe/Berlin"), Channel.EMAIL,
                List.of(Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Jan", "ap@kowalski.example", null)), Optional.empty());
    }

    private ConfirmationDraft draft(ConfirmationWriter writer, String language, String country, String currency) {
        CallOutcome outcome = CallOutcome.fullPayment("C1", "anna", CALLED, Money.of("1234.56", currency), LocalDate.of(2025, 3, 14));
        return writer.draft(outcome, customer(language, country), Money.of("1234.56", currency), HOW_TO_PAY, ConsequenceKind.NEXT_LEVEL);
    }

    /** The bundled texts of {@code language} as an administrator's file, with {@code subject} and {@code closing} changed. */
    private void edit(String language, String subject, String closing) throws Exception {
        ConfirmationTexts.Texts b = BUNDLED.in(language);
        write(language, new ObjectMapper().writeValueAsString(new ConfirmationTexts.Texts(subject, b.greeting(), b.intro(),
                b.fullPromise(), b.partialPromise(), b.callback(), b.noCommitment(), b.howToPay(), b.paymentLink(),
                b.promiseConsequence(), b.callbackConsequence(), closing)));
    }

    private Path write(String language, String json) throws Exception {
        Path file = dir.resolve(language).resolve(ConfirmationTextFiles.FILE);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
            "en|GB|GBP|Call of {callDate}|Call of 12 March 2025|Best wishes from the team|£1,234.56|14 March 2025",
            "de|DE|EUR|Telefonat vom {callDate}|Telefonat vom 12. März 2025|Herzliche Grüße|1.234,56\u00a0€|14. März 2025",
            "pl|PL|PLN|Rozmowa z dnia {callDate}|Rozmowa z dnia 12 marca 2025|Serdecznie pozdrawiamy|1\u00a0234,56\u00a0zł|14 marca 2025",
            "tr|TR|TRY|{callDate} görüşmesi|12 Mart 2025 görüşmesi|Sevgiyle, muhasebe ekibi|₺1.234,56|14 Mart 2025",
            "he|IL|ILS|שיחה מיום {callDate}|שיחה מיום 12 במרץ 2025|בברכה חמה, צוות הגבייה|1,234.56\u00a0₪|14 במרץ 2025"})
    void anAdministratorsFileReplacesTheBundledTextsOfItsLanguage(String language, String country, String currency,
            String subject, String expectedSubject, String closing, String amount, String date) throws Exception {
        edit(language, subject, closing);

        ConfirmationDraft draft = draft(writer(), language, country, currency);

        assertThat(draft.language()).isEqualTo(language);
        assertThat(draft.subject()).isEqualTo(expectedSubject);
        assertThat(draft.body()).endsWith(closing).contains(amount, date, "DE89370400440532013000");
        assertThat(draft.rightToLeft()).isEqualTo(language.equals("he"));
    }

    @Test
    void anEditAppliesToTheNextConfirmationWithoutARestart() throws Exception {
        ConfirmationWriter running = writer();
        assertThat(draft(running, "de", "DE", "EUR").subject()).startsWith("Zusammenfassung unseres Telefonats");

        edit("de", "Unser Gespräch am {callDate}", "Ihre Buchhaltung");

        assertThat(draft(running, "de", "DE", "EUR").subject()).isEqualTo("Unser Gespräch am 12. März 2025");
        Files.delete(dir.resolve("de").resolve(ConfirmationTextFiles.FILE));
        assertThat(draft(running, "de", "DE", "EUR").subject()).startsWith("Zusammenfassung unseres Telefonats");
    }

    @Test
    void anEditedEnglishFileIsTheFallbackForLanguagesWithoutTexts() throws Exception {
        edit("en", "Our call on {callDate}", "The accounts team");

        ConfirmationDraft draft = draft(writer(), "fr", "FR", "EUR");

        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.subject()).startsWith("Our call on ").contains("March", "2025");
    }

    @Test
    void anAdministratorMayAddALanguage() throws Exception {
        ConfirmationTexts.Texts en = BUNDLED.in("en");
        write("fr", new ObjectMapper().writeValueAsString(new ConfirmationTexts.Texts("Résumé de notre appel du {callDate}",
                en.greeting(), en.intro(), en.fullPromise(), en.partialPromise(), en.callback(), en.noCommitment(), en.howToPay(),
                en.paymentLink(), en.promiseConsequence(), en.callbackConsequence(), "Cordialement")));

        ConfirmationDraft draft = draft(writer(), "fr", "FR", "EUR");

        assertThat(draft.language()).isEqualTo("fr");
        assertThat(draft.subject()).isEqualTo("Résumé de notre appel du 12 mars 2025");
    }

    @Test
    void aFileMissingAKeyIsRefusedNamingTheFileAndTheKey() throws Exception {
        Path file = write("pl", "{\"subject\": \"Rozmowa\", \"greeting\": \"Dzień dobry\"}");

        assertThatThrownBy(() -> draft(writer(), "pl", "PL", "PLN")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("intro");
    }

    @Test
    void aMisspeltPlaceholderIsRefusedNamingTheFileTheKeyAndThePlaceholder() throws Exception {
        edit("he", "סיכום שיחתנו מיום {calDate}", "בברכה");
        Path file = dir.resolve("he").resolve(ConfirmationTextFiles.FILE);

        assertThatThrownBy(() -> draft(writer(), "he", "IL", "ILS")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("subject").hasMessageContaining("{calDate}");
    }

    @Test
    void aBrokenFileOfOneLanguageDoesNotStopTheOthers() throws Exception {
        write("tr", "{ not json");

        assertThat(draft(writer(), "de", "DE", "EUR").language()).isEqualTo("de");
        assertThatThrownBy(() -> draft(writer(), "tr", "TR", "TRY")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(dir.resolve("tr").resolve(ConfirmationTextFiles.FILE).toString()).hasMessageContaining("line 1");
    }

    @Test
    void withoutADirectoryTheBundledTextsAreUsed() {
        ConfirmationTextFiles bundledOnly = new ConfirmationTextFiles(BUNDLED, Optional.empty());

        assertThat(bundledOnly.forLanguage("he")).isSameAs(BUNDLED);
    }
}
