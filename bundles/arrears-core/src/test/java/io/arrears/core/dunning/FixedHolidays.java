package io.arrears.core.dunning;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A holiday calendar with known dates, so engine tests do not depend on the library's data. */
record FixedHolidays(Map<String, Set<LocalDate>> byCountry) implements HolidayCalendar {

    static FixedHolidays none() {
        return new FixedHolidays(Map.of());
    }

    @Override
    public Optional<String> publicHoliday(String countryCode, LocalDate date) {
        return byCountry.getOrDefault(countryCode, Set.of()).contains(date) ? Optional.of("test holiday") : Optional.empty();
    }
}
