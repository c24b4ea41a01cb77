package io.arrears.core.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a customer counts as paying slower.
 *
 * @param window                the number N of paid claims in the recent window and in the one before it
 * @param minimumPerWindow      fewer paid claims than this in either window: no verdict (not slowing)
 * @param slowingThresholdDays  recent average days-to-pay must exceed the previous one by more than this
 */
public record PaymentTrendPolicy(int window, int minimumPerWindow, BigDecimal slowingThresholdDays) {

    /** Six invoices against the six before them; at least three in each; slower by more than five days. */
    public static final PaymentTrendPolicy DEFAULT = new PaymentTrendPolicy(6, 3, new BigDecimal("5"));

    public PaymentTrendPolicy {
        if (window < 1) {
            throw new IllegalArgumentException("PaymentTrendPolicy.window must be at least 1, was " + window);
        }
        if (minimumPerWindow < 1 || minimumPerWindow > window) {
            throw new IllegalArgumentException("PaymentTrendPolicy.minimumPerWindow must be within 1.." + window
                    + ", was " + minimumPerWindow);
        }
        Objects.requireNonNull(slowingThresholdDays, "PaymentTrendPolicy.slowingThresholdDays must not be null");
        if (slowingThresholdDays.signum() < 0) {
            throw new IllegalArgumentException(
                    "PaymentTrendPolicy.slowingThresholdDays must not be negative, was " + slowingThresholdDays);
        }
    }
}
