package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DispatchConfigTest {

    private static final Path CFG = Path.of("src/main/cfg/io.arrears.route.dispatch.cfg");

    @Test
    void theShippedCfgDocumentsExactlyTheKeysTheCodeKnows() throws Exception {
        Pattern key = Pattern.compile("^#?([a-z][a-z.]*[a-z])\\s*=", Pattern.MULTILINE);
        Matcher m = key.matcher(Files.readString(CFG));
        Set<String> documented = new java.util.HashSet<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> known = Arrays.stream(DispatchConfig.class.getDeclaredMethods())
                .map(method -> method.getName().replace('_', '.')).collect(Collectors.toSet());

        assertThat(documented).isEqualTo(known);
    }

    @Test
    void defaultsGiveTheFileOutbox() {
        DispatchSettings settings = DispatchSettings.from(config(Map.of()), Path.of("/data/arrears/outbox"));

        assertThat(settings.smtp()).isEmpty();
        assertThat(settings.sms()).isEmpty();
        assertThat(settings.outboxFolder()).isEqualTo(Path.of("/data/arrears/outbox"));
        assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(6);
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void configuredChannelsAreChecked() {
        assertThatThrownBy(() -> DispatchSettings.from(config(Map.of("smtp_host", "mail.acme.example")), Path.of("x")))
                .hasMessageContaining("mail.from must be set");
        assertThatThrownBy(() -> DispatchSettings.from(config(Map.of("sms_gateway_url", "https://sms.example.com/send",
                "sms_gateway_token", "t")), Path.of("x"))).hasMessageContaining("not on the allowlist");
        assertThatThrownBy(() -> DispatchSettings.from(config(Map.of("sms_gateway_url", "https://sms.example.com/send",
                "sms_allowed_hosts", "sms.example.com")), Path.of("x"))).hasMessageContaining("sms.gateway.token must be set");
    }

    @Test
    void aSendingTimeoutShorterThanAChannelTimeoutIsRefused() {
        Map<String, Object> values = new HashMap<>(Map.of("smtp_host", "mail.acme.example", "mail_from", "ar@acme.example",
                "sending_timeout_seconds", 40));
        assertThatThrownBy(() -> DispatchSettings.from(config(values), Path.of("x"))).hasMessageContaining("sending.timeout");

        values.put("sending_timeout_seconds", 60);
        assertThat(DispatchSettings.from(config(values), Path.of("x")).smtp()).hasValueSatisfying(
                smtp -> assertThat(smtp.host()).isEqualTo("mail.acme.example"));
    }

    /** The annotation as DS would build it: given values, else the declared defaults. */
    static DispatchConfig config(Map<String, Object> values) {
        return (DispatchConfig) Proxy.newProxyInstance(DispatchConfig.class.getClassLoader(), new Class<?>[] {DispatchConfig.class},
                (proxy, method, args) -> method.getName().equals("annotationType") ? DispatchConfig.class
                        : values.containsKey(method.getName()) ? values.get(method.getName()) : defaultOf(method));
    }

    private static Object defaultOf(Method method) {
        Object value = method.getDefaultValue();
        if (value == null) {
            throw new IllegalStateException(method.getName() + " has no default");
        }
        return value;
    }
}
