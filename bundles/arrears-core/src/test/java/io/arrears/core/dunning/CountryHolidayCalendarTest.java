package io.arrears.core.dunning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryHolidayCalendarTest {

    private static final HolidayCalendar CALENDAR = new CountryHolidayCalendar();

    @ParameterizedTest(name = "{0} {1} is a public holiday")
    @CsvSource({
            "TR, 2026-04-23",   // National Sovereignty and Children's Day
            "TR, 2026-10-29",   // Republic Day
            "PL, 2026-11-11",   // Independence Day
            "PL, 2026-05-03",   // Constitution Day
            "PL, 2026-04-06",   // Easter Monday (movable)
            "PL, 2026-06-04",   // Corpus Christi (movable)
            "TR, 2026-03-20",   // Ramazan Bayramı, first day (lunar calendar)
            "TR, 2026-03-22",   // Ramazan Bayramı, third day (Law 2429: 3 days)
            "TR, 2026-05-27",   // Kurban Bayramı, first day (lunar calendar)
            "TR, 2026-05-29",   // Kurban Bayramı, third day (a Friday)
            "TR, 2025-06-09",   // Kurban Bayramı 2025, fourth day (a Monday)
            "DE, 2026-04-03",   // Good Friday (movable, nationwide)
            "GB, 2026-04-06",   // Easter Monday (England, Wales, Northern Ireland)
            "GB, 2026-05-25",   // Spring bank holiday (last Monday in May)
            "GB, 2026-08-31",   // Summer bank holiday (England, Wales, Northern Ireland)
            "GB, 2026-08-03",   // Summer bank holiday (Scotland)
            "GB, 2027-12-27",   // Christmas on a Saturday: substitute Monday
            "DE, 2026-10-03",   // Day of German Unity
            "GB, 2026-12-25",   // Christmas Day
            "IL, 2026-09-21",   // Yom Kippur 5787
            "IL, 2026-09-12",   // Rosh Hashanah 5787
            "IL, 2026-04-02",   // Pesach 5786
            "IL, 2026-04-22",   // Yom Ha'atzmaut 5786 (5 Iyar falls on a Wednesday)
    })
    void knownHolidays(String country, LocalDate date) {
        assertThat(CALENDAR.publicHoliday(country, date)).isPresent();
    }

    @ParameterizedTest(name = "{0} {1} is a working day")
    @CsvSource({
            "TR, 2026-04-22",
            "TR, 2026-05-26",   // the eve (arife) of Kurban Bayramı: working morning
            "TR, 2026-05-31",   // the day after Kurban Bayramı's fourth day
            "DE, 2026-06-04",   // Corpus Christi: only some Länder
            "PL, 2026-11-12",
            "DE, 2026-10-05",
            "GB, 2026-12-23",
            "IL, 2026-09-22",
            "IL, 2026-09-23",
    })
    void ordinaryDays(String country, LocalDate date) {
        assertThat(CALENDAR.publicHoliday(country, date)).isEmpty();
    }

    @Test
    void yomKippurIsNamed() {
        assertThat(CALENDAR.publicHoliday("IL", LocalDate.of(2026, 9, 21))).contains("Yom Kippur");
    }

    @Test
    void independenceDayMovesOffTheSabbathEve() {
        // 5 Iyar 5784 fell on Monday 2024-05-13: the law moves it to Tuesday 2024-05-14
        assertThat(CALENDAR.publicHoliday("IL", LocalDate.of(2024, 5, 14))).isPresent();
        assertThat(CALENDAR.publicHoliday("IL", LocalDate.of(2024, 5, 13))).isEmpty();
    }

    @Test
    void unknownCountryIsRefusedNotTreatedAsHolidayFree() {
        assertThatThrownBy(() -> CALENDAR.publicHoliday("XX", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'XX'");
    }
}
