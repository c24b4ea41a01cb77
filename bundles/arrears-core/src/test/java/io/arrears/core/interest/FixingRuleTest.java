package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FixingRuleTest {

    // a rate that changes mid-half-year and right at the boundary
    private static final RateTable TABLE = RateTable.parse("t.csv", new StringReader("""
            valid_from,valid_to,reference_rate,source
            2023-01-01,2023-03-14,10.00,a
            2023-03-15,2023-06-30,12.00,b
            2023-07-01,2023-12-30,20.00,c
            2023-12-31,2024-06-29,14.00,d
            2024-06-30,2024-12-31,16.00,e
            """));

    @Test
    void firstDayOfHalfYearIgnoresChangesInsideTheHalfYear() {
        assertThat(FixingRule.FIRST_DAY_OF_HALF_YEAR.fix(TABLE, new HalfYear(2023, 1)).ratePercent()).isEqualByComparingTo("10.00");
        assertThat(FixingRule.FIRST_DAY_OF_HALF_YEAR.fix(TABLE, new HalfYear(2023, 2)).ratePercent()).isEqualByComparingTo("20.00");
    }

    @Test
    void dayBeforeHalfYearUsesThirtyFirstDecemberAndThirtiethJune() {
        assertThat(FixingRule.DAY_BEFORE_HALF_YEAR.fix(TABLE, new HalfYear(2023, 2)).ratePercent()).isEqualByComparingTo("12.00");
        assertThat(FixingRule.DAY_BEFORE_HALF_YEAR.fix(TABLE, new HalfYear(2024, 1)).ratePercent()).isEqualByComparingTo("14.00");
    }

    @Test
    void turkishRuleKeepsTheDecemberRateWhenJuneDiffersByLessThanFivePoints() {
        // 31 Dec 2023: 14.00; 30 Jun 2024: 16.00 -> difference 2 < 5
        assertThat(FixingRule.TR_ANNUAL_WITH_MIDYEAR_RESET.fix(TABLE, new HalfYear(2024, 1)).ratePercent()).isEqualByComparingTo("14.00");
        assertThat(FixingRule.TR_ANNUAL_WITH_MIDYEAR_RESET.fix(TABLE, new HalfYear(2024, 2)).ratePercent()).isEqualByComparingTo("14.00");
    }

    @Test
    void turkishRuleSwitchesToTheJuneRateFromFivePointsInEitherDirection() {
        RateTable down = RateTable.parse("t.csv", new StringReader("""
                valid_from,valid_to,reference_rate,source
                2023-12-31,2024-06-29,20.00,a
                2024-06-30,2024-12-31,15.00,b
                """));
        assertThat(FixingRule.TR_ANNUAL_WITH_MIDYEAR_RESET.fix(down, new HalfYear(2024, 2)).ratePercent()).isEqualByComparingTo("15.00");
    }

    @Test
    void halfYearBoundaries() {
        HalfYear h = HalfYear.of(java.time.LocalDate.of(2024, 7, 1));
        assertThat(h).isEqualTo(new HalfYear(2024, 2));
        assertThat(h.lastDay()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
        assertThat(h.next().firstDay()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
    }
}
