package io.arrears.rest.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Meter;
import io.arrears.metrics.MetricsRegistry;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    /** A sample line of the text format: name, optional labels, a Go float. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*})? "
                    + "(NaN|[+-]Inf|-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?)");

    private final MetricsRegistry registry = new MetricsRegistry();

    @Test
    void countersAndSummariesInTheExpositionFormat() {
        registry.increment(ArrearsMeters.NOTICES_SENT, "EMAIL");
        registry.increment(ArrearsMeters.NOTICES_SENT, "EMAIL");
        registry.increment(ArrearsMeters.NOTICES_SENT, "SMS");
        registry.observe(ArrearsMeters.CAMEL_PROCESSING, Duration.ofMillis(250), "arrears.erpintake.csv");
        registry.observe(ArrearsMeters.CAMEL_PROCESSING, Duration.ofMillis(500), "arrears.erpintake.csv");

        assertThat(PrometheusText.format(registry.snapshot())).isEqualTo("""
                # HELP arrears_camel_exchange_processing_seconds Processing time of exchanges in a Camel route (mean = sum / count)
                # TYPE arrears_camel_exchange_processing_seconds summary
                arrears_camel_exchange_processing_seconds_count{route="arrears.erpintake.csv"} 2
                arrears_camel_exchange_processing_seconds_sum{route="arrears.erpintake.csv"} 0.75
                # HELP arrears_notices_sent_total Outbox messages (notices, letters, tasks) delivered, per channel
                # TYPE arrears_notices_sent_total counter
                arrears_notices_sent_total{channel="EMAIL"} 2
                arrears_notices_sent_total{channel="SMS"} 1
                """);
    }

    @Test
    void labelValuesAndHelpAreEscaped() {
        Meter meter = Meter.gauge("test_gauge", "back\\slash", "what");
        registry.adjust(meter, -1.5, "say \"hi\"\nand \\ go");

        String text = PrometheusText.format(registry.snapshot());

        assertThat(text).isEqualTo("""
                # HELP test_gauge back\\\\slash
                # TYPE test_gauge gauge
                test_gauge{what="say \\"hi\\"\\nand \\\\ go"} -1.5
                """);
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> assertThat(l).matches(SAMPLE));
    }

    @Test
    void everyLineOfAFullSnapshotParses() {
        registry.increment(ArrearsMeters.DELIVERY_FAILURES, "EMAIL", "PERMANENT");
        registry.adjust(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, 1, "r");
        registry.observe(ArrearsMeters.INTAKE_LAG, Duration.ofNanos(1), "bank.camt");

        String text = PrometheusText.format(registry.snapshot());

        assertThat(text).endsWith("\n");
        text.lines().forEach(l -> assertThat(l).matches(
                line -> line.matches("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*") || SAMPLE.matcher(line).matches(), "a valid line"));
        assertThat(PrometheusText.number(1e-9)).isEqualTo("1.0E-9");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    }
}
