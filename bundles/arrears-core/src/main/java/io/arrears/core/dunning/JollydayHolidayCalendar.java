package io.arrears.core.dunning;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * National public and bank holidays from Jollyday. Country level only (no regional holidays, e.g. German Länder), with
 * two corrections where Jollyday's country level falls short of the country's public holidays:
 * <ul>
 *   <li>GB: bank holidays are set per nation, and Jollyday's country level keeps only the days common to all four, so
 *       Easter Monday and the summer bank holiday were missing; GB counts every nation's bank holidays (the debtor's
 *       nation is not known, and not contacting on a bank holiday anywhere in the UK is the safe side);</li>
 *   <li>TR: Jollyday lists the first day of Ramazan Bayramı and Kurban Bayramı only; Law 2429 gives them 3 and 4 days
 *       (plus the afternoon of the eve, not counted: the morning is a working day).</li>
 * </ul>
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

    private static final String GREAT_BRITAIN = "GB";
    private static final String TURKEY = "TR";

    private static Map<LocalDate, String> load(String countryCode, Year year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(countryCode.toLowerCase(Locale.ROOT)));
        List<String> nations = GREAT_BRITAIN.equals(countryCode)
                ? List.copyOf(manager.getCalendarHierarchy().getChildren().keySet()) : List.of();
        Map<LocalDate, String> holidays = new TreeMap<>();
        // the year before too: a Bayram starting in late December runs into this year
        for (Year from : List.of(year.minusYears(1), year)) {
            List<Holiday> all = new ArrayList<>(manager.getHolidays(from));
            for (String nation : nations) {
                all.addAll(manager.getHolidays(from, nation));
            }
            for (Holiday holiday : all) {
                if (holiday.getType() == HolidayType.OBSERVANCE) {
                    continue;
                }
                String name = holiday.getDescription(Locale.ENGLISH);
                int days = TURKEY.equals(countryCode) ? bayramDays(holiday) : 1;
                for (int day = 0; day < days; day++) {
                    String dayName = day == 0 ? name : name + " (day " + (day + 1) + ")";
                    // a holiday moved to a substitute day (GB: Christmas on a Saturday) closes both days
                    put(holidays, year, holiday.getDate().plusDays(day), dayName);
                    put(holidays, year, holiday.getActualDate().plusDays(day), dayName + (day == 0 ? " (substitute day)" : ""));
                }
            }
        }
        return Collections.unmodifiableMap(holidays);
    }

    /** Law 2429 art. 2: Ramazan Bayramı 3 days, Kurban Bayramı 4 days. */
    private static int bayramDays(Holiday holiday) {
        return switch (holiday.getPropertiesKey()) {
            case "islamic.ID_AL_FITR" -> 3;
            case "islamic.ID_UL_ADHA" -> 4;
            default -> 1;
        };
    }

    private static void put(Map<LocalDate, String> holidays, Year year, LocalDate date, String name) {
        if (date.getYear() == year.getValue()) {
            holidays.putIfAbsent(date, name);
        }
    }
}
