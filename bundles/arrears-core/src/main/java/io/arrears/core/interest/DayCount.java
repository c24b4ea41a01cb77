package io.arrears.core.interest;

import java.time.LocalDate;

/** How many days a year of simple interest has; every convention counts actual calendar days of delay. */
public enum DayCount {
    /** Actual days / 365, also in leap years. */
    ACT_365,
    /** Actual days / 360 (banking practice; not used by any default jurisdiction here). */
    ACT_360,
    /** Actual days / length of the calendar year the day falls in (365 or 366). */
    ACT_ACT;

    public int daysInYear(LocalDate day) {
        return switch (this) {
            case ACT_365 -> 365;
            case ACT_360 -> 360;
            case ACT_ACT -> day.lengthOfYear();
        };
    }
}
