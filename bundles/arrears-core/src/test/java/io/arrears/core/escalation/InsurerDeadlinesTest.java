package io.arrears.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.core.dunning.CountryHolidayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsurerDeadlinesTest {

    private final InsurerDeadlines deadlines = new InsurerDeadlines(new CountryHolidayCalendar());

    @Test
    void calendarDaysAcrossMonthEndsAndLeapYears() {
        // 31 Jan + 30 days: 2 March in 2026, 1 March in the leap year 2028 (both Mondays/Wednesdays, business days)
        assertThat(deadlines.deadline(LocalDate.of(2026, 1, 31), 30, "DE")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(deadlines.deadline(LocalDate.of(2028, 1, 31), 30, "DE")).isEqualTo(LocalDate.of(2028, 3, 1));
        // 30 Nov + 60 days crosses the year end: 29 Jan 2027 (Friday)
        assertThat(deadlines.deadline(LocalDate.of(2026, 11, 30), 60, "DE")).isEqualTo(LocalDate.of(2027, 1, 29));
    }

    @Test
    void aWeekendDeadlineMovesToTheFridayBeforeNotTheMondayAfter() {
        // 1 Feb 2026 + 27 days = Saturday 28 Feb → Friday 27 Feb
        assertThat(deadlines.deadline(LocalDate.of(2026, 2, 1), 27, "DE")).isEqualTo(LocalDate.of(2026, 2, 27));
        // + 28 days = Sunday 1 March → Friday 27 Feb, across the month end backwards
        assertThat(deadlines.deadline(LocalDate.of(2026, 2, 1), 28, "DE")).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void aHolidayDeadlineMovesEarlierPastTheHolidayAndTheWeekend() {
        // Easter Monday 6 April 2026 (DE holiday) ← Sunday 5, Saturday 4, Good Friday 3 April: Thursday 2 April
        assertThat(deadlines.deadline(LocalDate.of(2026, 3, 7), 30, "DE")).isEqualTo(LocalDate.of(2026, 4, 2));
        // New Year's Day 2027 (Friday) → Thursday 31 December 2026, across the year end backwards
        assertThat(deadlines.deadline(LocalDate.of(2026, 11, 2), 60, "PL")).isEqualTo(LocalDate.of(2026, 12, 31));
        // 3 May (Constitution Day, PL) 2027 is a Monday → Friday 30 April
        assertThat(deadlines.deadline(LocalDate.of(2027, 3, 4), 60, "PL")).isEqualTo(LocalDate.of(2027, 4, 30));
        // the same date in GB is an ordinary Monday... except the early May bank holiday (first Monday of May): 30 April
        assertThat(deadlines.deadline(LocalDate.of(2027, 3, 4), 60, "GB")).isEqualTo(LocalDate.of(2027, 4, 30));
        // and in TR 3 May is a working day
        assertThat(deadlines.deadline(LocalDate.of(2027, 3, 4), 60, "TR")).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    void israelsWeekendIsFridayAndSaturday() {
        // Sunday 1 March 2026 is a working day in Israel; Saturday 28 Feb and Friday 27 Feb are not
        assertThat(deadlines.deadline(LocalDate.of(2026, 1, 31), 29, "IL")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(deadlines.deadline(LocalDate.of(2026, 1, 31), 28, "IL")).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void warningWindowStartsWarningDaysBeforeTheDeadline() {
        assertThat(InsurerDeadlines.warningFrom(LocalDate.of(2026, 3, 2), 5)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(InsurerDeadlines.warningFrom(LocalDate.of(2026, 3, 2), 0)).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
