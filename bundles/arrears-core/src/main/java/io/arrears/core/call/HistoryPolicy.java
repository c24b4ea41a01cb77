package io.arrears.core.call;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the call sheet reads a payment history.
 *
 * @param onTimeToleranceDays paying on average at most this many days after the due date counts as on time
 * @param unusualMarginDays   an on-time payer whose oldest overdue item is more than this many days
 *                            later than their usual is "unusually late"
 */
public record HistoryPolicy(BigDecimal onTimeToleranceDays, long unusualMarginDays) {

    /** On time within 5 days; unusual beyond 7 days more than usual. */
    public static final HistoryPolicy DEFAULT = new HistoryPolicy(new BigDecimal("5"), 7);

    public HistoryPolicy {
        Objects.requireNonNull(onTimeToleranceDays, "onTimeToleranceDays");
        if (onTimeToleranceDays.signum() < 0) {
            throw new IllegalArgumentException("onTimeToleranceDays must not be negative, was " + onTimeToleranceDays);
        }
        if (unusualMarginDays < 0) {
            throw new IllegalArgumentException("unusualMarginDays must not be negative, was " + unusualMarginDays);
        }
    }
}
