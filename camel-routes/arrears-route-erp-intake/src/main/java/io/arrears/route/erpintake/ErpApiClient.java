package io.arrears.route.erpintake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs one page of the ERP API: JSON accepted, the credential header set, redirects not followed (they could leave the allowlist). */
public final class ErpApiClient {

    private final HttpClient http;
    private final String authHeader;
    private final String authValue;
    private final Duration timeout;

    public ErpApiClient(String authHeader, String authValue, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.authHeader = authHeader;
        this.authValue = authValue;
        this.timeout = timeout;
    }

    /** The body of a 200 answer; anything else is an {@link ErpApiException} naming the URL and status. */
    public String get(URI uri) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("Accept", "application/json");
        if (authHeader != null && authValue != null && !authValue.isEmpty()) {
            request.header(authHeader, authValue);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new ErpApiException("ERP API " + withoutQuery(uri) + " answered " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body)));
        }
        return response.body();
    }

    static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
