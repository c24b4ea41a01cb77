package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerSettingsTest {

    /** The shipped example: an SFTP agency without credentials yet. */
    private static final Map<String, Object> EXAMPLE = Map.of("partner_id", "example_agency", "transport", "SFTP",
            "allowed_hosts", "sftp.agency.example", "sftp_host", "sftp.agency.example", "sftp_user", "arrears",
            "sftp_known_hosts", "/etc/arrears/agency_known_hosts");

    @Test
    void aDisabledPartnerActivatesWithoutItsCredentialsAndOpensNoClient() {
        PartnerSettings settings = PartnerSettings.from(config(false));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.partnerId()).isEqualTo("example_agency");
        assertThat(settings.sftp()).isEmpty();
        assertThat(settings.http()).isEmpty();
    }

    @Test
    void enablingItChecksTheTransportAndNamesTheMissingKey() {
        assertThatThrownBy(() -> PartnerSettings.from(config(true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sftp.password or sftp.private.key is required");
    }

    private static PartnerConfig config(boolean enabled) {
        return (PartnerConfig) Proxy.newProxyInstance(PartnerConfig.class.getClassLoader(), new Class<?>[] {PartnerConfig.class},
                (proxy, method, args) -> method.getName().equals("enabled") ? enabled
                        : EXAMPLE.containsKey(method.getName()) ? EXAMPLE.get(method.getName()) : method.getDefaultValue());
    }
}
