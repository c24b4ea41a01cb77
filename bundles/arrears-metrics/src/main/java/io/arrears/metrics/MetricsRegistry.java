package io.arrears.metrics;

import io.arrears.api.metrics.Meter;
import io.arrears.api.metrics.MeterSnapshot;
import io.arrears.api.metrics.MeterType;
import io.arrears.api.metrics.MeterValue;
import io.arrears.api.metrics.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

/**
 * Counters, gauges and summaries in memory, lock-free on the hot path. A listener hears of every new
 * labelled value once (the JMX publisher registers an MBean for it).
 */
public final class MetricsRegistry implements Metrics {

    private final Map<String, Meter> meters = new ConcurrentHashMap<>();
    private final Map<Meter, Map<List<String>, Cell>> cells = new ConcurrentHashMap<>();
    private final BiConsumer<Meter, List<String>> onNewValue;

    public MetricsRegistry() {
        this((meter, labels) -> { });
    }

    public MetricsRegistry(BiConsumer<Meter, List<String>> onNewValue) {
        this.onNewValue = onNewValue;
    }

    @Override
    public void add(Meter counter, long amount, String... labelValues) {
        if (amount < 0) {
            throw new IllegalArgumentException(counter.name() + " only goes up, not by " + amount);
        }
        cell(counter, MeterType.COUNTER, labelValues).value.add(amount);
    }

    @Override
    public void adjust(Meter gauge, double delta, String... labelValues) {
        cell(gauge, MeterType.GAUGE, labelValues).value.add(delta);
    }

    @Override
    public void observe(Meter summary, Duration duration, String... labelValues) {
        Cell cell = cell(summary, MeterType.SUMMARY, labelValues);
        cell.value.add(duration.toNanos() / 1e9);
        cell.count.increment();
    }

    @Override
    public List<MeterSnapshot> snapshot() {
        List<MeterSnapshot> snapshot = new ArrayList<>();
        meters.values().stream().sorted(Comparator.comparing(Meter::name)).forEach(meter -> {
            List<MeterValue> values = new ArrayList<>();
            cells.getOrDefault(meter, Map.of()).forEach((labels, cell) -> values.add(cell.value(labels)));
            values.sort(Comparator.comparing(v -> String.join("\u0000", v.labelValues())));
            snapshot.add(new MeterSnapshot(meter, values));
        });
        return snapshot;
    }

    /** The current value of one labelled value; empty-valued (0) when never used. */
    public MeterValue value(Meter meter, List<String> labelValues) {
        Cell cell = cells.getOrDefault(meter, Map.of()).get(labelValues);
        return cell == null ? new MeterValue(labelValues, 0, 0) : cell.value(labelValues);
    }

    private Cell cell(Meter meter, MeterType expected, String... labelValues) {
        if (meter.type() != expected) {
            throw new IllegalArgumentException(meter.name() + " is a " + meter.type() + ", not a " + expected);
        }
        List<String> labels = meter.labels(labelValues);
        Meter known = meters.putIfAbsent(meter.name(), meter);
        if (known != null && !known.equals(meter)) {
            throw new IllegalArgumentException("two different meters are named " + meter.name() + ": " + known + " and " + meter);
        }
        Map<List<String>, Cell> byLabels = cells.computeIfAbsent(meter, m -> new ConcurrentHashMap<>());
        Cell cell = byLabels.get(labels);
        if (cell != null) {
            return cell;
        }
        Cell created = new Cell();
        Cell raced = byLabels.putIfAbsent(labels, created);
        if (raced != null) {
            return raced;
        }
        onNewValue.accept(meter, labels);
        return created;
    }

    private static final class Cell {
        final DoubleAdder value = new DoubleAdder();
        final LongAdder count = new LongAdder();

        MeterValue value(List<String> labels) {
            return new MeterValue(labels, value.sum(), count.sum());
        }
    }
}
