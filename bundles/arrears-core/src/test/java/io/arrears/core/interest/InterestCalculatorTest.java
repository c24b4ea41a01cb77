package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InterestCalculatorTest {

    private static final InterestCalculator DE = InterestCalculator.bundled(Jurisdiction.DE);
    private static final LocalDate DUE = LocalDate.of(2023, 6, 15);

    private static OverdueClaim claim(String amount) {
        return new OverdueClaim("INV-1", Money.of(amount, "EUR"), DUE);
    }

    @Test
    void aPeriodOverFirstJulyIsSplitIntoTwoRates() {
        InterestComputation result = DE.compute(claim("1000.00"), List.of(), LocalDate.of(2023, 7, 10));

        assertThat(result.segments()).hasSize(2);
        assertThat(result.segments().get(0).annualRatePercent()).isEqualByComparingTo("10.62");
        assertThat(result.segments().get(0).days()).isEqualTo(15); // 16..30 June
        assertThat(result.segments().get(1).annualRatePercent()).isEqualByComparingTo("12.12");
        assertThat(result.segments().get(1).days()).isEqualTo(10);
        // 1000 * (10.62 * 15 + 12.12 * 10) / 36500 = 7.6849... -> 7.68
        assertThat(result.interest()).isEqualTo(Money.of("7.68", "EUR"));
    }

    @Test
    void interestStartsTheDayAfterTheDueDate() {
        assertThat(DE.compute(claim("1000.00"), List.of(), DUE).interest()).isEqualTo(Money.zero("EUR"));
        assertThat(DE.compute(claim("1000.00"), List.of(), DUE.plusDays(1)).segments().get(0).days()).isEqualTo(1);
    }

    @Test
    void aPaymentStopsInterestOnThePaidPartFromThePaymentDay() {
        LocalDate paid = LocalDate.of(2023, 6, 20);

        InterestComputation result = DE.compute(claim("1000.00"), List.of(new PartialPayment(paid, Money.of("1000.00", "EUR"))), LocalDate.of(2023, 6, 30));

        assertThat(result.segments()).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo(LocalDate.of(2023, 6, 16));
            assertThat(s.to()).isEqualTo(LocalDate.of(2023, 6, 19));
        });
    }

    @Test
    void roundingHappensOnceAtTheEnd() {
        // 10 days of 10.00 * 10.62 % / 365 = 0.00291 each: rounding per day would give 0.00, rounding at the end gives 0.03
        InterestComputation result = DE.compute(claim("10.00"), List.of(), LocalDate.of(2023, 6, 25));

        assertThat(result.unrounded()).isGreaterThan(new BigDecimal("0.0290"));
        assertThat(result.interest()).isEqualTo(Money.of("0.03", "EUR"));
    }

    @Test
    void rowsMarkedUnverifiedAreReported() {
        RateTable table = RateTable.parse("t.csv", new StringReader("""
                valid_from,valid_to,reference_rate,source
                2023-01-01,2023-06-30,1.00,unverified: recalled
                2023-07-01,2023-12-31,2.00,https://example.org
                """));
        InterestCalculator calculator = new InterestCalculator(StatutoryRules.of(Jurisdiction.DE), table);

        assertThat(calculator.compute(claim("100.00"), List.of(), LocalDate.of(2023, 6, 30)).usesUnverifiedRates()).isTrue();
        assertThat(calculator.compute(new OverdueClaim("X", Money.of("100.00", "EUR"), LocalDate.of(2023, 7, 1)), List.of(), LocalDate.of(2023, 7, 30))
                .usesUnverifiedRates()).isFalse();
    }

    @Test
    void turkishSecondHalfOf2025IsRefusedUntilTheTableIsCompleted() {
        InterestCalculator tr = InterestCalculator.bundled(Jurisdiction.TR);
        OverdueClaim claim = new OverdueClaim("TR-1", Money.of("1000.00", "TRY"), LocalDate.of(2025, 6, 1));

        assertThatThrownBy(() -> tr.compute(claim, List.of(), LocalDate.of(2025, 7, 31)))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("no rate for 2025-06-30");
    }

    @Test
    void actActUsesThreeHundredSixtySixDaysInALeapYear() {
        JurisdictionRules de = StatutoryRules.of(Jurisdiction.DE);
        JurisdictionRules actAct = new JurisdictionRules(Jurisdiction.DE, de.margins(), de.fixing(), DayCount.ACT_ACT, Optional.empty(), "test");
        InterestCalculator calculator = new InterestCalculator(actAct, RateTable.bundled(Jurisdiction.DE));
        OverdueClaim claim = new OverdueClaim("X", Money.of("36600.00", "EUR"), LocalDate.of(2023, 12, 31));

        // 2024-H1: 3.62 + 9 = 12.62 %; 36600 * 12.62 % / 366 = 12.62 per day, 10 days
        assertThat(calculator.compute(claim, List.of(), LocalDate.of(2024, 1, 10)).interest()).isEqualTo(Money.of("126.20", "EUR"));
    }

    @Test
    void theGermanMarginChangesOn29July2014() {
        assertThat(StatutoryRules.of(Jurisdiction.DE).marginOn(LocalDate.of(2014, 7, 28))).isEqualByComparingTo("8");
        assertThat(StatutoryRules.of(Jurisdiction.DE).marginOn(LocalDate.of(2014, 7, 29))).isEqualByComparingTo("9");
        assertThat(StatutoryRules.of(Jurisdiction.PL).marginOn(LocalDate.of(2019, 12, 31))).isEqualByComparingTo("8");
        assertThat(StatutoryRules.of(Jurisdiction.PL).marginOn(LocalDate.of(2020, 1, 1))).isEqualByComparingTo("10");
    }

    @Test
    void aReferenceFloorLiftsANegativeReferenceRate() {
        JurisdictionRules floored = new JurisdictionRules(Jurisdiction.DE, StatutoryRules.of(Jurisdiction.DE).margins(),
                FixingRule.FIRST_DAY_OF_HALF_YEAR, DayCount.ACT_365, Optional.of(BigDecimal.ZERO), "test");

        assertThat(floored.annualRatePercent(new BigDecimal("-0.88"), LocalDate.of(2020, 1, 1))).isEqualByComparingTo("9");
        assertThat(StatutoryRules.of(Jurisdiction.DE).annualRatePercent(new BigDecimal("-0.88"), LocalDate.of(2020, 1, 1))).isEqualByComparingTo("8.12");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        LocalDate asOf = LocalDate.of(2023, 7, 31);
        assertThatThrownBy(() -> DE.compute(claim("100.00"), List.of(new PartialPayment(asOf, Money.of("10.00", "USD"))), asOf))
                .hasMessageContaining("is in USD but claim INV-1 is in EUR");
        assertThatThrownBy(() -> DE.compute(claim("100.00"), List.of(new PartialPayment(asOf.plusDays(1), Money.of("10.00", "EUR"))), asOf))
                .hasMessageContaining("after the as-of date");
        assertThatThrownBy(() -> DE.compute(claim("100.00"), List.of(new PartialPayment(asOf, Money.of("100.01", "EUR"))), asOf))
                .hasMessageContaining("exceed the principal");
        assertThatThrownBy(() -> claim("0.00")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new PartialPayment(asOf, Money.of("-1.00", "EUR"))).hasMessageContaining("must be positive");
    }

    @Property(tries = 200)
    void interestIsLinearInThePrincipal(@ForAll @IntRange(min = 1, max = 5_000_000) int cents1,
                                        @ForAll @IntRange(min = 1, max = 5_000_000) int cents2,
                                        @ForAll @IntRange(min = 0, max = 900) int days) {
        LocalDate asOf = DUE.plusDays(days);
        BigDecimal a = BigDecimal.valueOf(cents1, 2);
        BigDecimal b = BigDecimal.valueOf(cents2, 2);

        BigDecimal whole = DE.compute(claim(a.add(b).toPlainString()), List.of(), asOf).unrounded();
        BigDecimal parts = DE.compute(claim(a.toPlainString()), List.of(), asOf).unrounded()
                .add(DE.compute(claim(b.toPlainString()), List.of(), asOf).unrounded());

        assertThat(whole.subtract(parts).abs()).isLessThan(new BigDecimal("1E-20"));
    }

    @Property(tries = 200)
    void aPaymentNeverIncreasesInterest(@ForAll @IntRange(min = 0, max = 400) int payDay,
                                        @ForAll @IntRange(min = 1, max = 100_000) int paidCents) {
        LocalDate asOf = DUE.plusDays(400);
        Money paid = Money.of(BigDecimal.valueOf(paidCents, 2), "EUR");

        Money without = DE.compute(claim("1000.00"), List.of(), asOf).interest();
        Money with = DE.compute(claim("1000.00"), List.of(new PartialPayment(DUE.plusDays(payDay), paid)), asOf).interest();

        assertThat(with).isLessThanOrEqualTo(without);
    }
}
