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
}
