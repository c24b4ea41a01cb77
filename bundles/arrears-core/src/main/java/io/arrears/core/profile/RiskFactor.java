package io.arrears.core.profile;

import java.util.Objects;

/**
 * One contribution to the risk score.
 *
 * @param measure   the measure in its unit (0 when not available)
 * @param points    points earned, 0..maxPoints
 * @param detail    how the points came about, for the collector
 */
public record RiskFactor(Kind kind, double measure, double points, double maxPoints, String detail) {

    /** Early-detection factors of seed 000 (type 8, "gecikenler"). */
    public enum Kind {
        UNPAID_INVOICES, OPEN_BALANCE, DAYS_LATE_TREND, BROKEN_PROMISES, EXCUSES, EXTERNAL_SCORE,
        /** The customer departs from their own history ({@link DriftDetector}): points per measure that moved. */
        DRIFT
    }

    public RiskFactor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return kind + ": " + Numbers.plain(points) + "/" + Numbers.plain(maxPoints) + " (" + detail + ")";
    }
}
