package io.arrears.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.config.ConfigurationFinding;
import io.arrears.api.config.ConfigurationFinding.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigurationKeysTest {

    private static final Set<String> ROUTES = Set.of("context.name", "shutdown.timeout.seconds");

    @Test
    void aTypoIsReportedWithTheKnownSettings() {
        List<ConfigurationFinding> findings = ConfigurationKeys.check("io.arrears.routes",
                List.of("contxt.name", "shutdown.timeout.seconds"), ROUTES);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNKNOWN_KEY);
            assertThat(f.key()).isEqualTo("contxt.name");
            assertThat(f.detail()).contains("contxt.name", "io.arrears.routes", "[context.name, shutdown.timeout.seconds]");
        });
    }

    @Test
    void keysOfConfigAdminFileInstallKarafAndDsAreNotReported() {
        assertThat(ConfigurationKeys.check("io.arrears.routes", List.of("service.pid", "felix.fileinstall.filename",
                "org.apache.karaf.features.configKey", ".hidden", "metrics.target", "context.name"), ROUTES)).isEmpty();
    }

    @Test
    void aPidNoBundleDeclaresIsReported() {
        List<ConfigurationFinding> findings = ConfigurationKeys.checkAll(
                Map.of("io.arrears.route.dunnign", List.of("enabled"), "io.arrears.routes", List.of("context.name")),
                Map.of("io.arrears.routes", ROUTES));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNKNOWN_PID);
            assertThat(f.detail()).contains("etc/io.arrears.route.dunnign.cfg");
        });
    }

    @Test
    void arrearsPids() {
        assertThat(ConfigurationKeys.isArrearsPid("io.arrears.store.jdbc")).isTrue();
        assertThat(ConfigurationKeys.isArrearsPid("arrears.bank.camt")).isTrue();
        assertThat(ConfigurationKeys.isArrearsPid("org.apache.felix.http")).isFalse();
        assertThat(ConfigurationKeys.isArrearsPid(null)).isFalse();
    }
}
