package io.arrears.core.dunning;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * National public and bank holidays from Jollyday (country level only: no regional holidays).
 * Observances (days without time off) do not count.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

    private final Set<String> supported;
    /** Memo of a pure computation (country, year) → holidays; safe to share. */
    private final Map<String, Map<LocalDate, String>> byCountryAndYear = new ConcurrentHashMap<>();

    public JollydayHolidayCalendar() {
        this.supported = HolidayManager.getSupportedCalendarCodes().stream()
                .map(code -> code.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean supports(String countryCode) {
        return supported.contains(countryCode);
    }

    @Override
    public Optional<String> publicHoliday(String countryCode, LocalDate date) {
        if (!supports(countryCode)) {
            throw new IllegalArgumentException("no public holiday calendar for country '" + countryCode + "' in Jollyday");
        }
        Map<LocalDate, String> holidays = byCountryAndYear.computeIfAbsent(countryCode + "/" + date.getYear(),
                key -> load(countryCode, Year.of(date.getYear())));
        return Optional.ofNullable(holidays.get(date));
    }

    private static Map<LocalDate, String> load(String countryCode, Year year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(countryCode.toLowerCase(Locale.ROOT)));
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (Holiday holiday : manager.getHolidays(year)) {
            if (holiday.getType() == HolidayType.OBSERVANCE) {
                continue;
            }
            String name = holiday.getDescription(Locale.ENGLISH);
            // a holiday moved to a substitute day (GB: Christmas on a Saturday) closes both days
            holidays.putIfAbsent(holiday.getDate(), name);
            holidays.putIfAbsent(holiday.getActualDate(), name + " (substitute day)");
        }
        return Collections.unmodifiableMap(holidays);
    }
}
