package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.secret.MasterKey;
import io.arrears.api.secret.SecretCipher;
import io.arrears.api.secret.SecretException;
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

    @Test
    void encryptedTokensAndPasswordsAreDecryptedWithTheMasterKeyOfTheEnvironment() {
        // surefire sets ARREARS_MASTER_KEY (pom.xml), as bin/setenv would for Karaf
        SecretCipher cipher = new SecretCipher(MasterKey.fromEnvironment().orElseThrow());
        PartnerSettings https = PartnerSettings.from(config(true, Map.of("transport", "HTTPS", "url", "https://api.agency.example/placements",
                "allowed_hosts", "api.agency.example", "token", cipher.encrypt("bearer-t0ken"))));
        assertThat(https.http().orElseThrow().token()).contains("bearer-t0ken");
        PartnerSettings sftp = PartnerSettings.from(config(true, Map.of("sftp_password", cipher.encrypt("sftp-pa55"))));
        assertThat(sftp.sftp().orElseThrow().password()).contains("sftp-pa55");
    }

    @Test
    void anEncryptedValueThatDoesNotDecryptIsAClearErrorWithoutTheValue() {
        String foreign = new SecretCipher(MasterKey.parse(java.util.Base64.getEncoder().encodeToString(new byte[32]), "other key"))
                .encrypt("encrypted elsewhere");
        assertThatThrownBy(() -> PartnerSettings.from(config(true, Map.of("sftp_password", foreign))))
                .isInstanceOf(SecretException.class).hasMessageContaining("sftp.password of partner example_agency")
                .hasMessageNotContaining(foreign);
    }

    private static PartnerConfig config(boolean enabled) {
        return config(enabled, Map.of());
    }

    private static PartnerConfig config(boolean enabled, Map<String, Object> overrides) {
        Map<String, Object> values = new java.util.HashMap<>(EXAMPLE);
        values.putAll(overrides);
        return (PartnerConfig) Proxy.newProxyInstance(PartnerConfig.class.getClassLoader(), new Class<?>[] {PartnerConfig.class},
                (proxy, method, args) -> method.getName().equals("enabled") ? enabled
                        : values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }
}
