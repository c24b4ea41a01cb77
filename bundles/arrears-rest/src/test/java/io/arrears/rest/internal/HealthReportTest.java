package io.arrears.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.health.ComponentHealth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void upWhenEveryComponentIsUp() {
        HealthReport report = HealthReport.of("1.0", List.of(
                ComponentHealth.up("database", Map.of("kind", "H2")),
                ComponentHealth.up("camel", Map.of("status", "Started"))));
        assertThat(report.status()).isEqualTo(ComponentHealth.Status.UP);
        assertThat(report.components()).containsOnlyKeys("camel", "database");
    }

    @Test
    void downWhenAnyComponentIsDown() {
        HealthReport report = HealthReport.of("1.0", List.of(
                ComponentHealth.up("database", Map.of("kind", "H2")),
                ComponentHealth.down("camel", "Stopped")));
        assertThat(report.status()).isEqualTo(ComponentHealth.Status.DOWN);
    }

    @Test
    void downWhenNothingReports() {
        assertThat(HealthReport.of("1.0", List.of()).status()).isEqualTo(ComponentHealth.Status.DOWN);
    }

    @Test
    void aBusinessAlarmIsListedButKeepsTheNodeUp() {
        HealthReport report = HealthReport.of("1.0", List.of(
                ComponentHealth.up("database", Map.of("kind", "H2")),
                ComponentHealth.up("insurer", Map.of("level", "ALARM", "DEADLINE_MISSED", "1")),
                ComponentHealth.up("dispatch", Map.of("level", "WARN")),
                ComponentHealth.up("camel", Map.of("level", "OK"))));
        assertThat(report.status()).isEqualTo(ComponentHealth.Status.UP);
        assertThat(report.alarms()).containsExactly(Map.entry("dispatch", "WARN"), Map.entry("insurer", "ALARM"));
    }
}
