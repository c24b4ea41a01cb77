package io.arrears.api.metrics;

import java.time.Duration;
import java.util.List;

/**
 * The one place Arrears counts. Callers name a {@link Meter} (see {@link ArrearsMeters}) and its label
 * values; a value appears on first use. Thread-safe and cheap: it may be called on every message.
 *
 * @throws IllegalArgumentException (every method) when the meter has another type or the label values do
 *                                  not fit its label names
 */
public interface Metrics {

    /** Adds one to a counter. */
    default void increment(Meter counter, String... labelValues) {
        add(counter, 1, labelValues);
    }

    /** Adds {@code amount} (at least 0) to a counter. */
    void add(Meter counter, long amount, String... labelValues);

    /** Adds {@code delta} (may be negative) to a gauge. */
    void adjust(Meter gauge, double delta, String... labelValues);

    /** Records one observation of a summary. */
    void observe(Meter summary, Duration duration, String... labelValues);

    /** Every meter used so far with its current values, ordered by meter name. */
    List<MeterSnapshot> snapshot();
}
