package io.arrears.routes.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OutboundUrlPolicyTest {

    private final OutboundUrlPolicy strict = OutboundUrlPolicy.parse("sms.example.com, *.gateway.example", false, false);

    @Test
    void httpsToAnAllowedHostPasses() {
        assertThat(strict.check("https://sms.example.com/v1/messages")).isEqualTo(URI.create("https://sms.example.com/v1/messages"));
        assertThat(strict.check("https://eu.gateway.example:8443/send").getPort()).isEqualTo(8443);
        assertThat(strict.check("HTTPS://SMS.EXAMPLE.COM/x").getHost()).isEqualTo("SMS.EXAMPLE.COM");
    }

    @Test
    void otherHostsAndLookAlikesAreRefused() {
        assertThatThrownBy(() -> strict.check("https://evil.example.org/")).hasMessageContaining("not on the allowlist");
        assertThatThrownBy(() -> strict.check("https://sms.example.com.evil.org/")).hasMessageContaining("not on the allowlist");
        assertThatThrownBy(() -> strict.check("https://gateway.example/")).hasMessageContaining("not on the allowlist");
        assertThatThrownBy(() -> strict.check("https://evilgateway.example/")).hasMessageContaining("not on the allowlist");
    }

    @Test
    void plainHttpNeedsExplicitPermission() {
        assertThatThrownBy(() -> strict.check("http://sms.example.com/")).hasMessageContaining("must use https");
        assertThat(OutboundUrlPolicy.parse("sms.example.com", true, false).check("http://sms.example.com/").getScheme())
                .isEqualTo("http");
        assertThatThrownBy(() -> strict.check("ftp://sms.example.com/")).hasMessageContaining("must use https");
        assertThatThrownBy(() -> strict.check("file:///etc/passwd")).hasMessageContaining("must use https");
    }

    @Test
    void loopbackNeedsExplicitPermissionEvenWhenListed() {
        OutboundUrlPolicy listed = OutboundUrlPolicy.parse("localhost, 127.0.0.1, [::1]", true, false);
        assertThatThrownBy(() -> listed.check("http://127.0.0.1:8080/sms")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> listed.check("http://localhost/sms")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> listed.check("http://[::1]/sms")).hasMessageContaining("loopback");

        OutboundUrlPolicy allowed = OutboundUrlPolicy.parse("127.0.0.1", true, true);
        assertThat(allowed.check("http://127.0.0.1:8080/sms").getPort()).isEqualTo(8080);
        assertThatThrownBy(() -> allowed.check("http://127.0.0.2:8080/sms")).hasMessageContaining("not on the allowlist");
    }

    @Test
    void malformedUrlsAndUserInfoAreRefused() {
        assertThatThrownBy(() -> strict.check("https://user:pw@sms.example.com/")).hasMessageContaining("user info");
        assertThatThrownBy(() -> strict.check("https:// bad")).hasMessageContaining("is not a URL");
        assertThatThrownBy(() -> strict.check("https:///path")).hasMessageContaining("no host");
        assertThatThrownBy(() -> OutboundUrlPolicy.parse("https://sms.example.com", false, false))
                .hasMessageContaining("without scheme");
    }
}
