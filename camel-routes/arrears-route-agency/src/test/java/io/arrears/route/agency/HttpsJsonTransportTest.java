package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.partner.MessageState;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpsJsonTransportTest {

    private final TestHttpServer partner;
    private final OutboundUrlPolicy local = OutboundUrlPolicy.parse("127.0.0.1", true, true);

    HttpsJsonTransportTest() throws Exception {
        partner = new TestHttpServer();
    }

    @AfterEach
    void stop() {
        partner.close();
    }

    private HttpsJsonTransport transport(OutboundUrlPolicy policy) {
        return new HttpsJsonTransport(new HttpSettings(URI.create(partner.url()), Optional.of("t0ken"), Duration.ofSeconds(5)),
                policy);
    }

    private static PartnerMessage message(String key) {
        return new PartnerMessage(1, new NewPartnerMessage(key, PartnerKind.INSURER, "coface", "notification", "{\"n\":1}"),
                MessageState.SENDING, 1, Instant.EPOCH, Optional.empty(), Instant.EPOCH, Optional.empty());
    }

    @Test
    void postsJsonWithTheIdempotencyKeyAndReturnsTheReference() throws Exception {
        assertThat(transport(local).deliver(message("notification-3"))).contains("ACK-notification-3");

        assertThat(partner.received).singleElement().satisfies(r -> {
            assertThat(r.idempotencyKey()).isEqualTo("notification-3");
            assertThat(r.authorization()).isEqualTo("Bearer t0ken");
            assertThat(r.body()).isEqualTo("{\"n\":1}");
        });
    }

    @Test
    void aRepeatOfADeliveredKeyCountsAsDelivered() throws Exception {
        transport(local).deliver(message("notification-4"));
        assertThat(transport(local).deliver(message("notification-4"))).contains("ACK-notification-4");
        assertThat(partner.accepted).hasSize(1);
    }

    @Test
    void anOutageIsRetryable() {
        partner.failuresLeft.set(1);
        assertThatThrownBy(() -> transport(local).deliver(message("notification-5")))
                .isInstanceOf(TransportException.class).hasMessageContaining("503")
                .satisfies(e -> assertThat(((TransportException) e).retryable()).isTrue());
        assertThat(partner.accepted).isEmpty();
    }

    @Test
    void redirectsAreCheckedAgainstTheAllowlist() {
        partner.redirectTo = "http://169.254.169.254/latest/meta-data";
        OutboundUrlPolicy policy = OutboundUrlPolicy.parse("127.0.0.1, 169.254.169.254", true, true);
        assertThatThrownBy(() -> transport(policy).deliver(message("notification-6")))
                .isInstanceOf(TransportException.class).hasMessageContaining("redirect refused")
                .hasMessageContaining("private or link-local")
                .satisfies(e -> assertThat(((TransportException) e).retryable()).isFalse());

        partner.redirectTo = "https://elsewhere.example/partner";
        assertThatThrownBy(() -> transport(local).deliver(message("notification-6")))
                .hasMessageContaining("not on the allowlist");
    }

    @Test
    void aRedirectToAnAllowedUrlIsFollowedAfterTheCheck() throws Exception {
        TestHttpServer second = new TestHttpServer();
        try {
            partner.redirectTo = second.url();
            assertThat(transport(local).deliver(message("notification-7"))).contains("ACK-notification-7");
            assertThat(second.accepted).containsKey("notification-7");
            assertThat(partner.accepted).isEmpty();
        } finally {
            second.close();
        }
    }

    @Test
    void aRedirectLoopEndsAfterTheLimitAsARefusal() {
        partner.redirectTo = partner.url();
        assertThatThrownBy(() -> transport(local).deliver(message("notification-9")))
                .isInstanceOf(TransportException.class).hasMessageContaining("redirected more than " + HttpsJsonTransport.MAX_REDIRECTS)
                .satisfies(e -> assertThat(((TransportException) e).retryable()).isFalse());
        assertThat(partner.received).hasSize(HttpsJsonTransport.MAX_REDIRECTS + 1);
        assertThat(partner.accepted).isEmpty();
    }

    @Test
    void aRedirectToLoopbackIsRefusedWhenOnlyTheHostNameIsAllowed() {
        partner.redirectTo = "http://localhost:1/partner";
        assertThatThrownBy(() -> transport(local).deliver(message("notification-10")))
                .isInstanceOf(TransportException.class).hasMessageContaining("redirect refused")
                .satisfies(e -> assertThat(((TransportException) e).retryable()).isFalse());
    }

    @Test
    void theConfiguredUrlIsCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> transport(OutboundUrlPolicy.parse("127.0.0.1", true, false)).deliver(message("notification-8")))
                .hasMessageContaining("loopback");
        assertThat(partner.received).isEmpty();
    }
}
