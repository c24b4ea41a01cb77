package io.arrears.api.metrics;

import java.util.List;

/**
 * One labelled value of a meter at the time of a snapshot.
 *
 * @param labelValues in the order of {@link Meter#labelNames()}
 * @param value       counter or gauge value; for a summary the sum of the observations (seconds)
 * @param count       for a summary the number of observations; 0 otherwise
 */
public record MeterValue(List<String> labelValues, double value, long count) {

    public MeterValue {
        labelValues = List.copyOf(labelValues);
    }

    /** Summary: the mean observation (seconds), 0 without observations. */
    public double mean() {
        return count == 0 ? 0 : value / count;
    }
}
