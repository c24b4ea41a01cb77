package io.arrears.route.agency;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local partner API (JDK HttpServer): {@code POST /partner} records each request and answers with the scripted
 * status; the Idempotency-Key header decides whether a body is new (a repeat answers 409 as real partners do).
 */
final class TestHttpServer implements AutoCloseable {

    record Received(String idempotencyKey, String authorization, String body) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, String> accepted = new ConcurrentHashMap<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile String redirectTo;
    private final HttpServer server;

    TestHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/partner", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            received.add(new Received(key, exchange.getRequestHeaders().getFirst("Authorization"), body));
            int status;
            String answer;
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                status = 307;
                answer = "";
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
                answer = "{\"error\":\"maintenance\"}";
            } else if (accepted.putIfAbsent(key, body) != null) {
                status = 409;
                answer = "{\"reference\":\"ACK-" + key + "\",\"duplicate\":true}";
            } else {
                status = 201;
                answer = "{\"reference\":\"ACK-" + key + "\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/partner";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
