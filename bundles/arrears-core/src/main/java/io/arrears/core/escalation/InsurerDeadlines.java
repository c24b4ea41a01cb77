package io.arrears.core.escalation;

import io.arrears.core.dunning.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Notification deadlines of a credit insurance policy. The deadline is the original due date plus the policy's
 * notification days (calendar days; month ends and leap years as {@link LocalDate#plusDays} counts them). A deadline
 * that falls on a weekend day (Friday/Saturday in IL) or public holiday of the policy's country moves to the business day BEFORE it:
 * the insurer counts calendar days, so a notice on the next business day would already be late and could void cover,
 * while one a day early costs nothing.
 */
public final class InsurerDeadlines {

    private final HolidayCalendar holidays;

    public InsurerDeadlines(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public LocalDate deadline(LocalDate originalDueDate, int notificationDays, String country) {
        LocalDate deadline = originalDueDate.plusDays(notificationDays);
        while (!isBusinessDay(deadline, country)) {
            deadline = deadline.minusDays(1);
        }
        return deadline;
    }

    /** The first day of the warning window: {@code warningDays} calendar days before the deadline. */
    public static LocalDate warningFrom(LocalDate deadline, int warningDays) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("warning days must not be negative, was " + warningDays);
        }
        return deadline.minusDays(warningDays);
    }

    public boolean isBusinessDay(LocalDate date, String country) {
        DayOfWeek day = date.getDayOfWeek();
        // Israel's weekend is Friday and Saturday
        boolean weekend = "IL".equals(country) ? day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY
                : day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend && holidays.publicHoliday(country, date).isEmpty();
    }
}
