package io.arrears.metrics;

import io.arrears.api.metrics.Meter;
import io.arrears.api.metrics.MeterValue;
import java.util.List;

/** Reads its value from the registry on every JMX call: JMX never counts on its own. */
final class MeterValueBean implements MeterValueMBean {

    private final MetricsRegistry registry;
    private final Meter meter;
    private final List<String> labels;

    MeterValueBean(MetricsRegistry registry, Meter meter, List<String> labels) {
        this.registry = registry;
        this.meter = meter;
        this.labels = labels;
    }

    private MeterValue current() {
        return registry.value(meter, labels);
    }

    @Override
    public String getMeter() {
        return meter.name();
    }

    @Override
    public String getType() {
        return meter.type().prometheusName();
    }

    @Override
    public String getHelp() {
        return meter.help();
    }

    @Override
    public double getValue() {
        return current().value();
    }

    @Override
    public long getCount() {
        return current().count();
    }

    @Override
    public double getMeanMillis() {
        return current().mean() * 1000;
    }
}
