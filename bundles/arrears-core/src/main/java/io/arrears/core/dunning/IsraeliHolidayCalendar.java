package io.arrears.core.dunning;

import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Israel's statutory rest days (Hours of Work and Rest Law) and Independence Day, computed on the
 * Hebrew calendar with ICU4J, because Jollyday has no calendar for IL. Holidays start at sunset the
 * evening before; a notice on that evening is already kept out by the quiet hours.
 */
public final class IsraeliHolidayCalendar implements HolidayCalendar {

    public static final String COUNTRY = "IL";

    /** Fixed Hebrew-calendar rest days: month (ICU constant), day, name. */
    private enum RestDay {
        ROSH_HASHANAH_1(HebrewCalendar.TISHRI, 1, "Rosh Hashanah"),
        ROSH_HASHANAH_2(HebrewCalendar.TISHRI, 2, "Rosh Hashanah (second day)"),
        YOM_KIPPUR(HebrewCalendar.TISHRI, 10, "Yom Kippur"),
        SUKKOT(HebrewCalendar.TISHRI, 15, "Sukkot"),
        SHEMINI_ATZERET(HebrewCalendar.TISHRI, 22, "Shemini Atzeret / Simchat Torah"),
        PESACH_1(HebrewCalendar.NISAN, 15, "Pesach"),
        PESACH_7(HebrewCalendar.NISAN, 21, "Pesach (seventh day)"),
        SHAVUOT(HebrewCalendar.SIVAN, 6, "Shavuot");

        final int month;
        final int day;
        final String title;

        RestDay(int month, int day, String title) {
            this.month = month;
            this.day = day;
            this.title = title;
        }
    }

    /** Memo of a pure computation (Gregorian year → holidays); safe to share. */
    private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    @Override
    public Optional<String> publicHoliday(String countryCode, LocalDate date) {
        if (!COUNTRY.equals(countryCode)) {
            throw new IllegalArgumentException("the Israeli holiday calendar has no holidays for country '" + countryCode + "'");
        }
        return Optional.ofNullable(byYear.computeIfAbsent(date.getYear(), IsraeliHolidayCalendar::holidaysOf).get(date));
    }

    private static Map<LocalDate, String> holidaysOf(int gregorianYear) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        // a Gregorian year spans the end of one Hebrew year (spring feasts) and the start of the next (autumn feasts)
        for (int hebrewYear = gregorianYear + 3760; hebrewYear <= gregorianYear + 3761; hebrewYear++) {
            for (RestDay restDay : RestDay.values()) {
                holidays.put(gregorian(hebrewYear, restDay.month, restDay.day), restDay.title);
            }
            holidays.put(independenceDay(hebrewYear), "Yom Ha'atzmaut (Independence Day)");
        }
        holidays.keySet().removeIf(d -> d.getYear() != gregorianYear);
        return Collections.unmodifiableMap(holidays);
    }

    /** 5 Iyar, moved away from the Sabbath (to Thursday) and from Monday (to Tuesday), as the law has done since 2004. */
    private static LocalDate independenceDay(int hebrewYear) {
        LocalDate fifthOfIyar = gregorian(hebrewYear, HebrewCalendar.IYAR, 5);
        DayOfWeek day = fifthOfIyar.getDayOfWeek();
        if (day == DayOfWeek.FRIDAY) {
            return fifthOfIyar.minusDays(1);
        }
        if (day == DayOfWeek.SATURDAY) {
            return fifthOfIyar.minusDays(2);
        }
        if (day == DayOfWeek.MONDAY) {
            return fifthOfIyar.plusDays(1);
        }
        return fifthOfIyar;
    }

    private static LocalDate gregorian(int hebrewYear, int month, int day) {
        HebrewCalendar calendar = new HebrewCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.clear();
        calendar.set(hebrewYear, month, day);
        return LocalDate.ofInstant(Instant.ofEpochMilli(calendar.getTimeInMillis()), ZoneOffset.UTC);
    }
}
