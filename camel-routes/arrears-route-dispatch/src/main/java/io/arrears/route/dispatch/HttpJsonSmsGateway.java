package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generic SMS gateway: {@code POST <url>} with {@code Authorization: Bearer <token>} and the JSON
 * body {@code {"to":"+48...","text":"...","reference":"<stable id>"}}. 2xx: accepted. 400/404/422:
 * INVALID_RECIPIENT; 408/429: TRANSPORT (retried); other 3xx/4xx: REFUSED; 5xx, connection failures and
 * timeouts: TRANSPORT (retried; the reference lets the gateway drop a duplicate of a timed-out send).
 */
public final class HttpJsonSmsGateway implements SmsGateway {

    private static final int MAX_DETAIL = 300;

    private final SmsSettings settings;
    private final HttpClient client;

    public HttpJsonSmsGateway(SmsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(SmsRequest sms) throws DeliveryException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", sms.to());
        body.put("text", sms.text());
        body.put("reference", sms.reference());
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.token())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonText.object(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "SMS gateway " + host() + " timed out after "
                    + settings.timeout() + " (reference " + sms.reference() + ")", e);
        } catch (IOException e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "SMS gateway " + host() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryUncertainException("interrupted while the SMS gateway " + host() + " was answering", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String detail = "SMS gateway " + host() + " answered " + status + ": " + abbreviate(response.body());
        throw new DeliveryFailedException(kindOf(status, response.body()), detail);
    }

    /** The gateway's answer; an opt-out or block named in a refusal's body makes it BLACKLISTED. */
    static FailureKind kindOf(int status, String body) {
        String lower = body == null ? "" : body.toLowerCase(java.util.Locale.ROOT);
        if (status >= 400 && status < 500 && status != 408 && status != 429
                && (lower.contains("blacklist") || lower.contains("blocklist") || lower.contains("opt-out")
                        || lower.contains("opted out") || lower.contains("unsubscribed") || lower.contains("blocked"))) {
            return FailureKind.BLACKLISTED;
        }
        return kindOf(status);
    }

    static FailureKind kindOf(int status) {
        return switch (status) {
            case 400, 404, 422 -> FailureKind.INVALID_RECIPIENT;
            case 408, 429 -> FailureKind.TRANSPORT;
            default -> status >= 500 ? FailureKind.TRANSPORT : FailureKind.REFUSED;
        };
    }

    private String host() {
        return settings.url().getHost();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_DETAIL ? flat : flat.substring(0, MAX_DETAIL) + "…";
    }
}
