package io.arrears.metrics;

import io.arrears.api.metrics.Meter;
import java.util.Hashtable;
import java.util.List;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/** {@code io.arrears:type=Metric,name=arrears_notices_sent_total,channel=EMAIL}; odd label values are quoted. */
final class MeterObjectNames {

    static final String DOMAIN = "io.arrears";

    private MeterObjectNames() {
    }

    static ObjectName of(Meter meter, List<String> labelValues) {
        Hashtable<String, String> keys = new Hashtable<>();
        keys.put("type", "Metric");
        keys.put("name", meter.name());
        for (int i = 0; i < labelValues.size(); i++) {
            keys.put(meter.labelNames().get(i), safe(labelValues.get(i)));
        }
        try {
            return new ObjectName(DOMAIN, keys);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("no JMX name for " + meter.name() + labelValues, e);
        }
    }

    private static String safe(String value) {
        return value.isEmpty() || value.chars().anyMatch(c -> ",=:\"*?\n".indexOf(c) >= 0) ? ObjectName.quote(value) : value;
    }
}
