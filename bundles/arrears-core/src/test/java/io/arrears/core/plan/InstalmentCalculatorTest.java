package io.arrears.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstalmentCalculatorTest {

    private final InstalmentCalculator calculator = new InstalmentCalculator();

    static PlanTerms terms(String total, int n, Frequency frequency, LocalDate start, LocalDate first, String down, String rate) {
        Money amount = Money.of(total, "EUR");
        return new PlanTerms("C1", List.of(), amount, n, frequency, start, first,
                Optional.ofNullable(down).map(d -> Money.of(d, "EUR")), Optional.ofNullable(rate).map(BigDecimal::new), 5);
    }

    private static List<LocalDate> dates(List<Instalment> schedule) {
        return schedule.stream().map(Instalment::dueDate).toList();
    }

    private static List<String> principals(List<Instalment> schedule) {
        return schedule.stream().map(i -> i.principal().amount().toPlainString()).toList();
    }

    @Test
    void theRemainderGoesOnTheLastInstalment() {
        List<Instalment> schedule = calculator.schedule(
                terms("1000.00", 3, Frequency.MONTHLY, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), null, null));

        assertThat(principals(schedule)).containsExactly("333.33", "333.33", "333.34");
        assertThat(schedule).allSatisfy(i -> assertThat(i.interest().isZero()).isTrue());
        assertThat(schedule).extracting(Instalment::number).containsExactly(1, 2, 3);
    }

    @Test
    void currenciesWithoutMinorUnitsSplitInWholeUnits() {
        PlanTerms yen = new PlanTerms("C1", List.of(), Money.of("1000", "JPY"), 3, Frequency.WEEKLY, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 8), Optional.empty(), Optional.empty(), 0);

        assertThat(principals(calculator.schedule(yen))).containsExactly("333", "333", "334");
    }

    @Test
    void aDownPaymentIsInstalmentZeroDueOnTheStartDate() {
        List<Instalment> schedule = calculator.schedule(
                terms("1000.00", 4, Frequency.MONTHLY, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), "300.00", null));

        assertThat(schedule.get(0)).isEqualTo(new Instalment(0, LocalDate.of(2025, 3, 1), Money.of("300.00", "EUR"),
                Money.zero("EUR")));
        assertThat(principals(schedule)).containsExactly("300.00", "175.00", "175.00", "175.00", "175.00");
    }

    @Test
    void monthlyFromThe31stFallsOnTheLastDayOfShortMonthsAndReturnsToThe31st() {
        List<Instalment> schedule = calculator.schedule(
                terms("500.00", 5, Frequency.MONTHLY, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 31), null, null));

        assertThat(dates(schedule)).containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31));
    }

    @Test
    void monthlyFromThe31stInALeapYearFallsOnThe29thOfFebruary() {
        List<Instalment> schedule = calculator.schedule(
                terms("300.00", 3, Frequency.MONTHLY, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 31), null, null));

        assertThat(dates(schedule)).containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
    }

    @Test
    void monthlyFromThe30thKeepsThe30thAfterFebruary() {
        List<Instalment> schedule = calculator.schedule(
                terms("300.00", 3, Frequency.MONTHLY, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 30), null, null));

        assertThat(dates(schedule)).containsExactly(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 30));
    }

    @Test
    void weeklyAndBiweeklyStepSevenAndFourteenDays() {
        LocalDate start = LocalDate.of(2025, 12, 20);
        LocalDate first = LocalDate.of(2025, 12, 24);

        assertThat(dates(calculator.schedule(terms("300.00", 3, Frequency.WEEKLY, start, first, null, null))))
                .containsExactly(first, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 7));
        assertThat(dates(calculator.schedule(terms("300.00", 3, Frequency.BIWEEKLY, start, first, null, null))))
                .containsExactly(first, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 21));
    }

    @Test
    void interestIsSimpleOnTheDecliningBalanceOverEachPeriod() {
        List<Instalment> schedule = calculator.schedule(
                terms("1200.00", 2, Frequency.MONTHLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null, "12"));

        // 1200.00 x 12 % x 31/365 = 12.2301..., then 600.00 x 12 % x 28/365 = 5.5232...
        assertThat(schedule.get(0).interest()).isEqualTo(Money.of("12.23", "EUR"));
        assertThat(schedule.get(1).interest()).isEqualTo(Money.of("5.52", "EUR"));
        assertThat(schedule.get(0).amount()).isEqualTo(Money.of("612.23", "EUR"));
        PaymentPlan plan = calculator.plan("PL1", terms("1200.00", 2, Frequency.MONTHLY, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 1), null, "12"), "anna", Instant.parse("2025-01-01T09:00:00Z"));
        assertThat(plan.totalInterest()).isEqualTo(Money.of("17.75", "EUR"));
        assertThat(plan.totalPayable()).isEqualTo(Money.of("1217.75", "EUR"));
    }

    @Test
    void aDownPaymentBearsNoInterestAndReducesTheBalanceInterestRunsOn() {
        List<Instalment> schedule = calculator.schedule(
                terms("1200.00", 1, Frequency.MONTHLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "200.00", "10"));

        // 1000.00 x 10 % x 31/365 = 8.4931...
        assertThat(schedule.get(0).interest().isZero()).isTrue();
        assertThat(schedule.get(1).interest()).isEqualTo(Money.of("8.49", "EUR"));
    }

    @Test
    void aTotalTooSmallForTheInstalmentsIsRefused() {
        assertThatThrownBy(() -> calculator.schedule(
                terms("0.02", 3, Frequency.WEEKLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 8), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.02 EUR").hasMessageContaining("3 instalments");
    }

    @Test
    void termsAreCheckedField() {
        assertThatThrownBy(() -> terms("100.00", 2, Frequency.WEEKLY, LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 8), null, null))
                .hasMessageContaining("firstDueDate");
        assertThatThrownBy(() -> terms("100.00", 2, Frequency.WEEKLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 8), "100.00", null))
                .hasMessageContaining("downPayment");
        assertThatThrownBy(() -> terms("100.00", 0, Frequency.WEEKLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 8), null, null))
                .hasMessageContaining("instalments");
    }
}
