package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RecoveryCompensationTest {

    @Test
    void euAndGermanyGiveFortyEuroWhateverTheInvoiceCurrency() {
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.DE, Money.of("1000000.00", "EUR"))).contains(Money.of("40.00", "EUR"));
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.EU, Money.of("12.00", "USD"))).contains(Money.of("40.00", "EUR"));
    }

    @Test
    void ukBandsAtTheirEdges() {
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.UK, Money.of("999.99", "GBP"))).contains(Money.of("40.00", "GBP"));
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.UK, Money.of("1000.00", "GBP"))).contains(Money.of("70.00", "GBP"));
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.UK, Money.of("9999.99", "GBP"))).contains(Money.of("70.00", "GBP"));
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.UK, Money.of("10000.00", "GBP"))).contains(Money.of("100.00", "GBP"));
        assertThatThrownBy(() -> RecoveryCompensation.forClaim(Jurisdiction.UK, Money.of("10.00", "EUR"))).hasMessageContaining("in GBP");
    }

    @Test
    void polishBandsAtTheirEdgesConvertedAtTheGivenRate() {
        BigDecimal rate = new BigDecimal("4.2730");
        assertThat(RecoveryCompensation.forPolishClaim(Money.of("5000.00", "PLN"), rate)).isEqualTo(Money.of("170.92", "PLN"));
        assertThat(RecoveryCompensation.forPolishClaim(Money.of("5000.01", "PLN"), rate)).isEqualTo(Money.of("299.11", "PLN"));
        assertThat(RecoveryCompensation.forPolishClaim(Money.of("49999.99", "PLN"), rate)).isEqualTo(Money.of("299.11", "PLN"));
        assertThat(RecoveryCompensation.forPolishClaim(Money.of("50000.00", "PLN"), rate)).isEqualTo(Money.of("427.30", "PLN"));
    }

    @Test
    void polishCompensationNeedsARateAndAPlnClaim() {
        assertThatThrownBy(() -> RecoveryCompensation.forClaim(Jurisdiction.PL, Money.of("100.00", "PLN"))).hasMessageContaining("forPolishClaim");
        assertThatThrownBy(() -> RecoveryCompensation.forPolishClaim(Money.of("100.00", "EUR"), BigDecimal.ONE)).hasMessageContaining("in PLN");
        assertThatThrownBy(() -> RecoveryCompensation.forPolishClaim(Money.of("100.00", "PLN"), BigDecimal.ZERO)).hasMessageContaining("must be positive");
    }

    @Test
    void turkeyAndIsraelHaveNoFixedSum() {
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.TR, Money.of("100.00", "TRY"))).isEmpty();
        assertThat(RecoveryCompensation.forClaim(Jurisdiction.IL, Money.of("100.00", "ILS"))).isEmpty();
    }

    @Test
    void polishConversionDayIsTheLastWorkingDayOfTheMonthBeforeTheDueDate() {
        Predicate<LocalDate> weekdays = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

        assertThat(RecoveryCompensation.polishConversionDay(LocalDate.of(2024, 4, 15), weekdays)).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(RecoveryCompensation.polishConversionDay(LocalDate.of(2024, 4, 1), weekdays))
                .as("due on the 1st: still the month before").isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(RecoveryCompensation.polishConversionDay(LocalDate.of(2024, 3, 31), weekdays))
                .as("due on the last day: the month before, not the due month").isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RecoveryCompensation.polishConversionDay(LocalDate.of(2024, 1, 15), weekdays))
                .as("across the year, 30/31 Dec 2023 a weekend").isEqualTo(LocalDate.of(2023, 12, 29));
        assertThat(RecoveryCompensation.polishConversionDay(LocalDate.of(2024, 4, 15), weekdays.and(d -> !d.equals(LocalDate.of(2024, 3, 29)))))
                .as("a holiday on the last weekday moves it back").isEqualTo(LocalDate.of(2024, 3, 28));
        assertThatThrownBy(() -> RecoveryCompensation.polishConversionDay(LocalDate.of(2024, 4, 15), d -> false))
                .hasMessageContaining("no working day in MARCH 2024");
    }

    @Test
    void polishEuroSumFollowsArticleTenBands() {
        assertThat(RecoveryCompensation.polishEuroSum(Money.of("5000.00", "PLN"))).isEqualByComparingTo("40");
        assertThat(RecoveryCompensation.polishEuroSum(Money.of("5000.01", "PLN"))).isEqualByComparingTo("70");
        assertThat(RecoveryCompensation.polishEuroSum(Money.of("49999.99", "PLN"))).isEqualByComparingTo("70");
        assertThat(RecoveryCompensation.polishEuroSum(Money.of("50000.00", "PLN"))).isEqualByComparingTo("100");
    }
}
