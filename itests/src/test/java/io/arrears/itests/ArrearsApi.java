package io.arrears.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The REST API of one Karaf node, as the test users of {@link KarafProcess}. */
final class ArrearsApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    ArrearsApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    boolean healthy() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/arrears/api/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** POST as the manager, with the CSRF header; fails unless 200. */
    JsonNode managerPost(String path, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", basic(KarafProcess.MANAGER))
                        .header("Content-Type", "application/json")
                        .header("X-Arrears-Request", "1")
                        .POST(HttpRequest.BodyPublishers.ofString("")).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + KarafProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
