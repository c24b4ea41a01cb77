package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.call.CallOutcome;
import io.arrears.api.call.CallOutcomeKind;
import io.arrears.api.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallOutcomeValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant CALLED = Instant.parse("2025-03-12T09:45:00Z");
    private static final Money EUR_500 = Money.of("500.00", "EUR");

    private static CallOutcome outcome(CallOutcomeKind kind, Money amount, LocalDate promised, LocalDate callback, String excuse) {
        return new CallOutcome("C1", "anna", CALLED, kind, List.of(), Optional.ofNullable(amount), Optional.ofNullable(promised),
                Optional.ofNullable(callback), Optional.empty(), Optional.ofNullable(excuse), "");
    }

    @Test
    void aPromiseWithAmountAndFutureDateIsValid() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.fullPayment("C1", "anna", CALLED, EUR_500, TODAY.plusDays(2)), CLOCK))
                .isEmpty();
    }

    @Test
    void aPaymentPromisedForTodayIsValid() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.partialPayment("C1", "anna", CALLED, EUR_500, TODAY), CLOCK)).isEmpty();
    }

    @Test
    void aPromiseWithoutAmountOrDateListsBothProblems() {
        assertThatThrownBy(() -> CallOutcomeValidator.validate(outcome(CallOutcomeKind.FULL_PAYMENT_PROMISED, null, null, null, null),
                CLOCK))
                .isInstanceOfSatisfying(InvalidCallOutcomeException.class, e -> assertThat(e.problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).contains("amount"))
                        .anySatisfy(p -> assertThat(p).contains("date")));
    }

    @Test
    void aPromisedDateInThePastIsRefused() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.partialPayment("C1", "anna", CALLED, EUR_500, TODAY.minusDays(1)), CLOCK))
                .singleElement().asString().contains("promisedDate 2025-03-11", "past");
    }

    @Test
    void aPromiseMustNotAlsoCarryACallback() {
        assertThat(CallOutcomeValidator.problems(outcome(CallOutcomeKind.FULL_PAYMENT_PROMISED, EUR_500, TODAY.plusDays(1),
                TODAY.plusDays(2), null), CLOCK)).singleElement().asString().contains("callback");
    }

    @Test
    void aCallbackNeedsADate() {
        assertThat(CallOutcomeValidator.problems(outcome(CallOutcomeKind.CALLBACK_SCHEDULED, null, null, null, null), CLOCK))
                .singleElement().asString().contains("callback date");
        assertThat(CallOutcomeValidator.problems(CallOutcome.callback("C1", "anna", CALLED, TODAY.plusDays(1), LocalTime.of(10, 0)),
                CLOCK)).isEmpty();
    }

    @Test
    void aCallbackInThePastIsRefused() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.callback("C1", "anna", CALLED, TODAY.minusDays(1), null), CLOCK))
                .singleElement().asString().contains("callbackDate", "past");
    }

    @Test
    void noCommitmentIsExplicitAndCarriesNoPromise() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.noCommitment("C1", "anna", CALLED), CLOCK)).isEmpty();
        assertThat(CallOutcomeValidator.problems(outcome(CallOutcomeKind.NO_COMMITMENT, EUR_500, TODAY, null, null), CLOCK))
                .singleElement().asString().contains("must not carry a promised amount");
        assertThatThrownBy(() -> outcome(null, null, null, null, null)).hasMessageContaining("NO_COMMITMENT must be chosen explicitly");
    }

    @Test
    void anExcuseMustBeAKnownCategory() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.noCommitment("C1", "anna", CALLED).withExcuse("DOG_ATE_IT", "n/a"), CLOCK))
                .singleElement().asString().contains("DOG_ATE_IT", "CHEQUE_IN_THE_POST");
        assertThat(CallOutcomeValidator.problems(CallOutcome.noCommitment("C1", "anna", CALLED).withExcuse("CASH_FLOW_PROBLEMS", ""),
                CLOCK)).isEmpty();
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThat(CallOutcomeValidator.problems(CallOutcome.fullPayment("C1", "anna", CALLED, Money.of("-1.00", "EUR"), TODAY), CLOCK))
                .singleElement().asString().contains("positive");
    }
}
