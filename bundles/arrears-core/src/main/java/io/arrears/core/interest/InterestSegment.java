package io.arrears.core.interest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Days {@code from}..{@code to} (inclusive) with one balance, one rate and one day count: the line of an interest
 * statement. {@code interest} is unrounded; only the total is rounded.
 */
public record InterestSegment(
        LocalDate from,
        LocalDate to,
        long days,
        BigDecimal balance,
        RateRow reference,
        BigDecimal annualRatePercent,
        int daysInYear,
        BigDecimal interest) {
}
