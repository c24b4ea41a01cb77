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

    @Test
    void privateAndLinkLocalRangesNeedExplicitPermissionEvenWhenListed() throws Exception {
        OutboundUrlPolicy listed = OutboundUrlPolicy.parse("10.1.2.3, 192.168.0.5, 169.254.169.254, 172.20.0.1, [fd00::1], [fe80::1]",
                false, false);
        for (String url : new String[] {"https://10.1.2.3/", "https://192.168.0.5/", "https://169.254.169.254/latest/meta-data",
                "https://172.20.0.1/", "https://[fd00::1]/", "https://[fe80::1]/"}) {
            assertThatThrownBy(() -> listed.check(url)).as(url).hasMessageContaining("private or link-local");
        }
        assertThat(OutboundUrlPolicy.parse("172.32.0.1", false, false).check("https://172.32.0.1/").getHost()).isEqualTo("172.32.0.1");
        OutboundUrlPolicy allowed = OutboundUrlPolicy.parse("10.1.2.3", false, false, true);
        assertThat(allowed.check("https://10.1.2.3/x").getHost()).isEqualTo("10.1.2.3");
    }

    @Test
    void resolvedAddressesAreCheckedToo() throws Exception {
        OutboundUrlPolicy policy = OutboundUrlPolicy.parse("partner.example", false, false);
        assertThatThrownBy(() -> policy.checkResolved("partner.example",
                java.net.InetAddress.getByAddress("partner.example", new byte[] {10, 0, 0, 7})))
                .hasMessageContaining("resolves to a private");
        assertThatThrownBy(() -> policy.checkResolved("partner.example", java.net.InetAddress.getLoopbackAddress()))
                .hasMessageContaining("resolves to this machine");
        policy.checkResolved("partner.example", java.net.InetAddress.getByAddress("partner.example", new byte[] {93, (byte) 184, (byte) 215, 14}));
        assertThatThrownBy(() -> policy.checkHost("sftp", "127.0.0.1")).hasMessageContaining("loopback");
    }
}
