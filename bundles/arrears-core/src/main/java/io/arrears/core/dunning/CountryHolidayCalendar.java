package io.arrears.core.dunning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The production calendar: Israel from {@link IsraeliHolidayCalendar}, every other country Jollyday
 * covers from {@link JollydayHolidayCalendar}; any other country is refused with a clear message
 * rather than treated as having no holidays.
 */
public final class CountryHolidayCalendar implements HolidayCalendar {

    private final JollydayHolidayCalendar jollyday = new JollydayHolidayCalendar();
    private final IsraeliHolidayCalendar israel = new IsraeliHolidayCalendar();

    @Override
    public Optional<String> publicHoliday(String countryCode, LocalDate date) {
        if (IsraeliHolidayCalendar.COUNTRY.equals(countryCode)) {
            return israel.publicHoliday(countryCode, date);
        }
        if (!jollyday.supports(countryCode)) {
            throw new IllegalArgumentException("no public holiday calendar for country '" + countryCode
                    + "' (expected an upper-case ISO 3166 alpha-2 code of a supported country)");
        }
        return jollyday.publicHoliday(countryCode, date);
    }
}
