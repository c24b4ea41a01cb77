package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.call.CallOutcome;
import io.arrears.api.call.PaymentInstructions;
import io.arrears.api.call.RecordedCall;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.Customer;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfirmationDraftTest {

    private static final Instant CALLED = Instant.parse("2025-03-12T09:45:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate PROMISED = LocalDate.of(2025, 3, 14);
    private static final PaymentInstructions HOW_TO_PAY = new PaymentInstructions("Arrears Demo GmbH", "DE89370400440532013000",
            Optional.of("COBADEFFXXX"), "RF18539007547034", Optional.of("https://pay.example/RF18539007547034"));

    private final CallOutcomeRecorder recorder = CallOutcomeRecorder.bundled();

    private static Customer customer(String language, String country) {
        return new Customer("C1", "ERP-1", "Kowalski & Co", language, country, ZoneId.of("Europe/Berlin"), Channel.EMAIL,
                List.of(Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Jan", "ap@kowalski.example", null)), Optional.empty());
    }

    // NBSP (U+00A0) and RLM (U+200F) are what the JDK's CLDR data puts into these locales' currency formats
    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource(delimiterString = "|", value = {
            "en|GB|GBP|£1,234.56|14 March 2025|Summary of our call of 12 March 2025|next stage of our reminder process",
            "de|DE|EUR|1.234,56\u00a0€|14. März 2025|Zusammenfassung unseres Telefonats vom 12. März 2025|nächste Stufe unseres Mahnverfahrens",
            "pl|PL|PLN|1\u00a0234,56\u00a0zł|14 marca 2025|Podsumowanie naszej rozmowy z dnia 12 marca 2025|kolejnego etapu",
            "tr|TR|TRY|₺1.234,56|14 Mart 2025|12 Mart 2025 tarihli görüşmemizin özeti|bir sonraki aşamasına",
            "he|IL|ILS|1,234.56\u00a0₪|14 במרץ 2025|סיכום שיחתנו מיום 12 במרץ 2025|לשלב הבא"})
    void theConfirmationIsInTheDebtorsLanguageWithLocalAmountsAndDates(String language, String country, String currency,
            String amount, String date, String subject, String consequence) {
        CallOutcome outcome = CallOutcome.fullPayment("C1", "anna", CALLED, Money.of("1234.56", currency), PROMISED);

        RecordedCall call = recorder.record(outcome, customer(language, country), Money.of("1234.56", currency), HOW_TO_PAY,
                BehaviourType.UNKNOWN, CLOCK);

        assertThat(call.confirmation().language()).isEqualTo(language);
        assertThat(call.confirmation().subject()).isEqualTo(subject);
        assertThat(call.confirmation().body()).contains(amount, date, consequence, "DE89370400440532013000", "RF18539007547034",
                "https://pay.example/RF18539007547034", "anna");
        assertThat(call.confirmation().body()).doesNotContain("{");
        assertThat(call.confirmation().rightToLeft()).isEqualTo(language.equals("he"));
        assertThat(call.confirmation().to()).containsExactly("ap@kowalski.example");
    }

    @Test
    void aPromisedPaymentYieldsAPromiseToTrack() {
        CallOutcome outcome = CallOutcome.partialPayment("C1", "anna", CALLED, Money.of("300.00", "EUR"), PROMISED)
                .forItems(List.of("INV-1"));

        RecordedCall call = recorder.record(outcome, customer("de", "DE"), Money.of("900.00", "EUR"), HOW_TO_PAY,
                BehaviourType.CHRONIC_LATE, CLOCK);

        assertThat(call.promise()).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo("PTP-C1-" + CALLED.toEpochMilli());
            assertThat(p.amount()).isEqualTo(Money.of("300.00", "EUR"));
            assertThat(p.promisedDate()).isEqualTo(PROMISED);
            assertThat(p.itemIds()).containsExactly("INV-1");
            assertThat(p.takenBy()).isEqualTo("anna");
            assertThat(p.channel()).isEqualTo(Channel.PHONE);
        });
        // CHRONIC_LATE: a broken promise is followed by an escalation proposal, and the letter says so
        assertThat(call.confirmation().body()).contains("300,00\u00a0€", "900,00\u00a0€", "Inkasso");
    }

    @Test
    void aCallbackConfirmsTheDayAndTimeAndYieldsNoPromise() {
        CallOutcome outcome = CallOutcome.callback("C1", "anna", CALLED, LocalDate.of(2025, 3, 19), LocalTime.of(14, 30));

        RecordedCall call = recorder.record(outcome, customer("en", "GB"), Money.of("80.00", "GBP"), HOW_TO_PAY,
                BehaviourType.UNKNOWN, CLOCK);

        assertThat(call.promise()).isEmpty();
        assertThat(call.confirmation().body()).contains("You will call us back by 19 March 2025 14:30", "£80.00",
                "If we have not heard from you by 19 March 2025");
    }

    @Test
    void noCommitmentIsConfirmedWithoutAConsequenceDate() {
        RecordedCall call = recorder.record(CallOutcome.noCommitment("C1", "anna", CALLED), customer("pl", "PL"),
                Money.of("80.00", "PLN"), HOW_TO_PAY, BehaviourType.UNKNOWN, CLOCK);

        assertThat(call.confirmation().body()).contains("nie udało się uzgodnić płatności", "80,00\u00a0zł")
                .doesNotContain("Jeśli płatność nie wpłynie");
    }

    @Test
    void aLanguageWithoutTextsFallsBackToEnglish() {
        RecordedCall call = recorder.record(CallOutcome.fullPayment("C1", "anna", CALLED, Money.of("10.00", "EUR"), PROMISED),
                customer("fr", "FR"), Money.of("10.00", "EUR"), HOW_TO_PAY, BehaviourType.UNKNOWN, CLOCK);

        assertThat(call.confirmation().language()).isEqualTo("en");
        assertThat(call.confirmation().body()).contains("You will pay the full amount of €10.00", "March", "2025");
    }

    @Test
    void anInvalidOutcomeProducesNothing() {
        CallOutcome past = CallOutcome.fullPayment("C1", "anna", CALLED, Money.of("10.00", "EUR"), LocalDate.of(2025, 3, 1));

        assertThatThrownBy(() -> recorder.record(past, customer("de", "DE"), Money.of("10.00", "EUR"), HOW_TO_PAY,
                BehaviourType.UNKNOWN, CLOCK)).isInstanceOf(InvalidCallOutcomeException.class).hasMessageContaining("past");
    }
}
