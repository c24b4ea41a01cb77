package io.arrears.core.profile;

import java.nio.file.Path;

/**
 * When a debtor departs from their own history; bundled default {@value #RESOURCE}.
 *
 * @param minEarlierObservations         the earlier window needs this many observations (paid invoices +
 *                                       contacts attempted + promises made) to be a history at all
 * @param daysLateIncrease               average days beyond terms up by at least this many days
 * @param daysToPayAfterReminderIncrease average days from reminder to payment up by at least this
 * @param excusesPerContactIncrease      excuses per contact attempted up by at least this
 * @param responseRateDrop               share of contacts answered down by at least this
 * @param flagFirstBrokenPromise         a broken promise where the history has none
 */
public record DriftConfig(int minEarlierObservations, double daysLateIncrease, double daysToPayAfterReminderIncrease,
                          double excusesPerContactIncrease, double responseRateDrop, boolean flagFirstBrokenPromise) {

    static final String RESOURCE = "drift.json";

    public DriftConfig {
        if (minEarlierObservations < 1) {
            throw new IllegalArgumentException("minEarlierObservations must be at least 1, got " + minEarlierObservations);
        }
        requirePositive("daysLateIncrease", daysLateIncrease);
        requirePositive("daysToPayAfterReminderIncrease", daysToPayAfterReminderIncrease);
        requirePositive("excusesPerContactIncrease", excusesPerContactIncrease);
        requirePositive("responseRateDrop", responseRateDrop);
    }

    public static DriftConfig bundledDefault() {
        return ConfigJson.bundled(RESOURCE, DriftConfig.class);
    }

    public static DriftConfig load(Path path) {
        return ConfigJson.read(path, DriftConfig.class);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, got " + value);
        }
    }
}
