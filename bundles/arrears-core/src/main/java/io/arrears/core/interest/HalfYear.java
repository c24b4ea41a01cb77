package io.arrears.core.interest;

import java.time.LocalDate;
import java.time.Month;

/** January–June (half 1) or July–December (half 2) of a year: the unit for which a reference rate is fixed. */
public record HalfYear(int year, int half) {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2, was " + half);
        }
    }

    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? Month.JANUARY : Month.JULY, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }
}
