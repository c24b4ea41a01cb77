package io.arrears.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.metrics.ArrearsMeters;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class MetricsComponentTest {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void everyValueIsAStandardMBeanUnderIoArrearsUntilDeactivation() throws Exception {
        MetricsComponent metrics = new MetricsComponent();
        metrics.increment(ArrearsMeters.INTAKE_FILES, "erpintake.csv", ArrearsMeters.IMPORTED);
        metrics.increment(ArrearsMeters.INTAKE_FILES, "erpintake.csv", ArrearsMeters.IMPORTED);
        metrics.observe(ArrearsMeters.CAMEL_PROCESSING, Duration.ofMillis(40), "arrears.dispatch.relay");
        metrics.observe(ArrearsMeters.CAMEL_PROCESSING, Duration.ofMillis(20), "arrears.dispatch.relay");

        ObjectName files = new ObjectName("io.arrears:type=Metric,name=arrears_intake_files_total,source=erpintake.csv,outcome=imported");
        ObjectName route = new ObjectName("io.arrears:type=Metric,name=arrears_camel_exchange_processing_seconds,route=arrears.dispatch.relay");
        try {
            assertThat(server.getAttribute(files, "Value")).isEqualTo(2.0);
            assertThat(server.getAttribute(files, "Type")).isEqualTo("counter");
            assertThat(server.getAttribute(route, "Count")).isEqualTo(2L);
            assertThat((Double) server.getAttribute(route, "MeanMillis")).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        } finally {
            metrics.deactivate();
        }
        assertThat(server.isRegistered(files)).isFalse();
        assertThat(server.isRegistered(route)).isFalse();
    }

    @Test
    void labelValuesJmxCannotTakeAreQuoted() throws Exception {
        MetricsComponent metrics = new MetricsComponent();
        try {
            metrics.increment(ArrearsMeters.DELIVERY_FAILURES, "EMAIL", "a,b=c");
            assertThat(server.queryNames(new ObjectName("io.arrears:type=Metric,name=arrears_delivery_failures_total,*"), null))
                    .singleElement().satisfies(n -> assertThat(ObjectName.unquote(n.getKeyProperty("kind"))).isEqualTo("a,b=c"));
        } finally {
            metrics.deactivate();
        }
    }
}
