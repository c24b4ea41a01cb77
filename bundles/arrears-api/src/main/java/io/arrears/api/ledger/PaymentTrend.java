package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Is the customer paying slower? Compares the most recent paid claims (by the date they were paid
 * in full) with the same number paid before them.
 *
 * @param window                the number N of paid claims per window
 * @param recent                the last N (or fewer) paid claims; empty when none was paid
 * @param previous              the N before those; empty when there were none
 * @param slowingThresholdDays  how much higher the recent average days-to-pay must be to count as slowing
 * @param slowing               recent average days-to-pay − previous average &gt; threshold (false
 *                              when a window is missing or too small)
 */
public record PaymentTrend(
        String customerId,
        int window,
        Optional<Window> recent,
        Optional<Window> previous,
        BigDecimal slowingThresholdDays,
        boolean slowing) {

    public PaymentTrend {
        Checks.text(customerId, "PaymentTrend", "customerId");
        if (window < 1) {
            throw new IllegalArgumentException("PaymentTrend.window must be at least 1, was " + window);
        }
        recent = Checks.optional(recent);
        previous = Checks.optional(previous);
        Checks.present(slowingThresholdDays, "PaymentTrend", "slowingThresholdDays");
        if (slowing && (recent.isEmpty() || previous.isEmpty())) {
            throw new IllegalArgumentException("PaymentTrend cannot be slowing without both windows (customer " + customerId + ")");
        }
    }

    /** The change in average days-to-pay, recent minus previous, when both windows exist. */
    public Optional<BigDecimal> changeInDaysToPay() {
        return recent.flatMap(r -> previous.map(p -> r.averageDaysToPay().subtract(p.averageDaysToPay())));
    }

    /**
     * Averages over some paid claims (1 decimal, HALF_UP).
     *
     * @param averageDaysToPay       paid date − issue date
     * @param averageDaysBeyondTerms paid date − due date; negative when paid early on average
     */
    public record Window(int count, BigDecimal averageDaysToPay, BigDecimal averageDaysBeyondTerms) {
        public Window {
            if (count < 1) {
                throw new IllegalArgumentException("PaymentTrend.Window.count must be at least 1, was " + count);
            }
            Checks.present(averageDaysToPay, "PaymentTrend.Window", "averageDaysToPay");
            Checks.present(averageDaysBeyondTerms, "PaymentTrend.Window", "averageDaysBeyondTerms");
        }
    }
}
