package io.arrears.route.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST <url>} with the message's JSON body, {@code Idempotency-Key: <message key>} (the partner drops a repeat)
 * and {@code Authorization: Bearer <token>}. Redirects are not followed by the client: each {@code Location} is checked
 * against the outbound policy again (at most {@value #MAX_REDIRECTS}), so a partner cannot bounce us to an internal
 * address. 2xx and 409 (duplicate key) are delivered, a JSON answer's {@code "reference"} is the acknowledgement;
 * 408, 429 and 5xx and network errors are retried; any other answer is a refusal.
 */
public final class HttpsJsonTransport implements PartnerTransport {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    static final int MAX_REDIRECTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpSettings settings;
    private final OutboundUrlPolicy policy;
    private final HttpClient client;

    public HttpsJsonTransport(HttpSettings settings, OutboundUrlPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Optional<String> deliver(PartnerMessage message) throws TransportException {
        URI target = policy.check(settings.url().toString());
        for (int redirects = 0; ; redirects++) {
            HttpResponse<String> response = post(target, message);
            int status = response.statusCode();
            if (status >= 200 && status < 300 || status == 409) {
                return reference(response.body());
            }
            if (status >= 300 && status < 400) {
                if (redirects >= MAX_REDIRECTS) {
                    throw new TransportException(host(target) + " redirected more than " + MAX_REDIRECTS + " times", false);
                }
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new TransportException(host(target) + " answered " + status + " without Location", false);
                }
                try {
                    target = policy.check(target.resolve(location.get()).toString());
                } catch (IllegalArgumentException e) {
                    throw new TransportException("redirect refused: " + e.getMessage(), false, e);
                }
                continue;
            }
            String detail = host(target) + " answered " + status + " for " + message.key() + ": " + abbreviate(response.body());
            throw new TransportException(detail, status == 408 || status == 429 || status >= 500);
        }
    }

    private HttpResponse<String> post(URI target, PartnerMessage message) throws TransportException {
        try {
            policy.checkResolved(target.toString(), InetAddress.getAllByName(target.getHost()));
        } catch (IOException e) {
            throw new TransportException("cannot resolve " + target.getHost() + ": " + e, true, e);
        } catch (IllegalArgumentException e) {
            throw new TransportException(e.getMessage(), false, e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header(IDEMPOTENCY_HEADER, message.key())
                .POST(HttpRequest.BodyPublishers.ofString(message.content().body(), StandardCharsets.UTF_8));
        settings.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TransportException(host(target) + " unreachable: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while " + host(target) + " was answering", true, e);
        }
    }

    static Optional<String> reference(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return Optional.ofNullable(node.get("reference")).filter(JsonNode::isTextual).map(JsonNode::asText)
                    .filter(r -> !r.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String host(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
