package io.arrears.api.metrics;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named measurement with fixed label names, e.g. {@code arrears_notices_sent_total{channel}}.
 *
 * @param name       Prometheus metric name ({@code [a-zA-Z_:][a-zA-Z0-9_:]*}); counters end in {@code _total}
 * @param type       how values are kept
 * @param help       one line for operators
 * @param labelNames the labels every value of this meter carries, in order
 */
public record Meter(String name, MeterType type, String help, List<String> labelNames) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public Meter {
        Objects.requireNonNull(name, "Meter.name");
        Objects.requireNonNull(type, "Meter.type");
        Objects.requireNonNull(help, "Meter.help");
        labelNames = List.copyOf(labelNames);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: '" + name + "'");
        }
        for (String label : labelNames) {
            if (!LABEL.matcher(label).matches() || label.startsWith("__")) {
                throw new IllegalArgumentException(name + ": not a label name: '" + label + "'");
            }
        }
        if (help.contains("\n")) {
            throw new IllegalArgumentException(name + ": help must be one line");
        }
    }

    public static Meter counter(String name, String help, String... labelNames) {
        return new Meter(name, MeterType.COUNTER, help, List.of(labelNames));
    }

    public static Meter gauge(String name, String help, String... labelNames) {
        return new Meter(name, MeterType.GAUGE, help, List.of(labelNames));
    }

    public static Meter summary(String name, String help, String... labelNames) {
        return new Meter(name, MeterType.SUMMARY, help, List.of(labelNames));
    }

    /** Checks that {@code labelValues} fit this meter's label names. */
    public List<String> labels(String... labelValues) {
        if (labelValues.length != labelNames.size()) {
            throw new IllegalArgumentException(name + " needs labels " + labelNames + ", got " + labelValues.length + " values");
        }
        for (String value : labelValues) {
            Objects.requireNonNull(value, () -> name + ": a label value is null");
        }
        return List.of(labelValues);
    }
}
