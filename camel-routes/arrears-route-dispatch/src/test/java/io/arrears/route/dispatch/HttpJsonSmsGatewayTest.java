package io.arrears.route.dispatch;

import io.arrears.routes.support.http.OutboundUrlPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.outbox.FailureKind;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpJsonSmsGatewayTest {

    private static final SmsRequest SMS = new SmsRequest("+48221234567", "Zaległa faktura FV/1/2026: \"1 230,00 zł\"", "ref-1");

    private final LocalHttpServer server = startServer();

    private static LocalHttpServer startServer() {
        try {
            return new LocalHttpServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpJsonSmsGateway gateway(String url, Duration timeout) {
        return new HttpJsonSmsGateway(new SmsSettings(OutboundUrlPolicy.parse("127.0.0.1", true, true).check(url), "s3cret", timeout));
    }

    @Test
    void postsJsonWithTheBearerToken() throws Exception {
        gateway(server.url(), Duration.ofSeconds(5)).send(SMS);

        assertThat(server.received()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.header("Authorization")).isEqualTo("Bearer s3cret");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.body()).isEqualTo(
                    "{\"to\":\"+48221234567\",\"text\":\"Zaległa faktura FV/1/2026: \\\"1 230,00 zł\\\"\",\"reference\":\"ref-1\"}");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"403 | {\"error\":\"recipient opted out\"} | BLACKLISTED",
            "400 | {\"error\":\"number on blacklist\"} | BLACKLISTED", "403 | {\"error\":\"forbidden\"} | REFUSED",
            "429 | {\"error\":\"blocked for a minute\"} | TRANSPORT"})
    void aGatewayRefusalNamingAnOptOutOrBlockIsBlacklisted(int status, String body, io.arrears.api.outbox.FailureKind expected) {
        assertThat(HttpJsonSmsGateway.kindOf(status, body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"400, INVALID_RECIPIENT", "422, INVALID_RECIPIENT", "401, REFUSED", "403, REFUSED",
            "429, TRANSPORT", "500, TRANSPORT", "503, TRANSPORT"})
    void failuresAreClassifiedByStatus(int status, FailureKind kind) {
        server.answer(status);

        assertThatThrownBy(() -> gateway(server.url(), Duration.ofSeconds(5)).send(SMS))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining("answered " + status);
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsATransportFailure() {
        server.hang();

        assertThatThrownBy(() -> gateway(server.url(), Duration.ofMillis(200)).send(SMS))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSPORT))
                .hasMessageContaining("timed out");
    }

    @Test
    void anUnreachableGatewayIsATransportFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> gateway("http://127.0.0.1:" + closedPort + "/sms", Duration.ofSeconds(2)).send(SMS))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSPORT))
                .hasMessageContaining("unreachable");
    }

    @Test
    void theTokenIsNotPrinted() {
        assertThat(new SmsSettings(java.net.URI.create("https://sms.example.com"), "s3cret", Duration.ofSeconds(1)).toString())
                .doesNotContain("s3cret");
    }
}
