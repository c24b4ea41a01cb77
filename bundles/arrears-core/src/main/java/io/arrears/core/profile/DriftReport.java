package io.arrears.core.profile;

import java.util.List;
import java.util.Objects;

/**
 * Whether a debtor departs from their own history, with one reason per measure that moved.
 *
 * @param note why nothing could be compared, or empty
 */
public record DriftReport(List<Reason> reasons, String note) {

    /** E.g. AVG_DAYS_LATE from 3 to 18 (rule: up by at least 7). */
    public record Reason(String measure, double earlier, double recent, String rule) {
        public Reason {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String toString() {
            return measure + " from " + Numbers.plain(earlier) + " to " + Numbers.plain(recent) + " (" + rule + ")";
        }
    }

    public DriftReport {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(note, "note");
    }

    public boolean drifting() {
        return !reasons.isEmpty();
    }
}
