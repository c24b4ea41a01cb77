package io.arrears.api.metrics;

/** How a meter's values are kept, in Prometheus' terms. */
public enum MeterType {
    /** Only goes up (events counted since start). */
    COUNTER,
    /** Goes up and down (something in progress now). */
    GAUGE,
    /** Observations of a duration: their count and their sum, in seconds. */
    SUMMARY;

    /** The name Prometheus' text format uses in {@code # TYPE}. */
    public String prometheusName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
