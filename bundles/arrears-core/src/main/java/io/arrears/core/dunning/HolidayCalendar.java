package io.arrears.core.dunning;

import java.time.LocalDate;
import java.util.Optional;

/** Public holidays per country, behind an interface so the engine is testable with a fixed calendar. */
public interface HolidayCalendar {

    /**
     * @param countryCode ISO 3166 alpha-2, upper case
     * @return the holiday's name if {@code date} is a public holiday in that country
     * @throws IllegalArgumentException for a country the calendar does not know
     */
    Optional<String> publicHoliday(String countryCode, LocalDate date);
}
