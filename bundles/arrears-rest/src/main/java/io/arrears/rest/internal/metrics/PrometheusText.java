package io.arrears.rest.internal.metrics;

import io.arrears.api.metrics.Meter;
import io.arrears.api.metrics.MeterSnapshot;
import io.arrears.api.metrics.MeterType;
import io.arrears.api.metrics.MeterValue;
import java.util.List;

/**
 * The Prometheus text exposition format 0.0.4: {@code # HELP}, {@code # TYPE}, then one line per value;
 * a summary as {@code _count} and {@code _sum} (no quantiles). Label values and help are escaped.
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    public static String format(List<MeterSnapshot> snapshot) {
        StringBuilder text = new StringBuilder();
        for (MeterSnapshot family : snapshot) {
            Meter meter = family.meter();
            text.append("# HELP ").append(meter.name()).append(' ').append(escapeHelp(meter.help())).append('\n');
            text.append("# TYPE ").append(meter.name()).append(' ').append(meter.type().prometheusName()).append('\n');
            for (MeterValue value : family.values()) {
                String labels = labels(meter, value);
                if (meter.type() == MeterType.SUMMARY) {
                    line(text, meter.name() + "_count", labels, number(value.count()));
                    line(text, meter.name() + "_sum", labels, number(value.value()));
                } else {
                    line(text, meter.name(), labels, number(value.value()));
                }
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String labels, String value) {
        text.append(name).append(labels).append(' ').append(value).append('\n');
    }

    private static String labels(Meter meter, MeterValue value) {
        if (meter.labelNames().isEmpty()) {
            return "";
        }
        StringBuilder labels = new StringBuilder("{");
        for (int i = 0; i < meter.labelNames().size(); i++) {
            if (i > 0) {
                labels.append(',');
            }
            labels.append(meter.labelNames().get(i)).append("=\"").append(escapeLabel(value.labelValues().get(i))).append('"');
        }
        return labels.append('}').toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
