package io.arrears.route.erpintake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local ERP JSON API (JDK HTTP server): {@code GET /api/invoices?updatedSince=&page=&size=} pages by
 * number, {@code GET /api/cursor?updatedSince=&after=} pages by next link; items updated at or after
 * {@code updatedSince}, oldest change first. Pages can be made to fail.
 */
final class FakeErpApi implements AutoCloseable {

    record Invoice(String id, String customer, String amount, String dueDate, String status, String updatedAt) {
        String json() {
            return """
                    {"id":"%s","number":"INV-%s","customer":{"id":"%s","name":"Customer %s"},"issued":"2025-03-01",\
                    "due":"%s","totals":{"payable":%s,"currency":"EUR"},"status":"%s","updatedAt":"%s"}\
                    """.formatted(id, id, customer, customer, dueDate, amount, status, updatedAt);
        }
    }

    final Map<String, Invoice> invoices = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> authHeaders = new CopyOnWriteArrayList<>();
    /** Requests (1-based, counted from now) answered with 503. */
    final List<Integer> failingRequests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private int pageSize = 2;

    FakeErpApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/invoices", this::byPage);
        server.createContext("/api/cursor", this::byCursor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
    }

    private List<Invoice> since(Map<String, String> query) {
        String since = query.get("updatedSince");
        List<Invoice> list = new ArrayList<>(invoices.values().stream()
                .filter(i -> since == null || !Instant.parse(i.updatedAt()).isBefore(Instant.parse(since)))
                .toList());
        list.sort((a, b) -> a.updatedAt().equals(b.updatedAt()) ? a.id().compareTo(b.id()) : a.updatedAt().compareTo(b.updatedAt()));
        return list;
    }

    private void byPage(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        int size = Integer.parseInt(query.getOrDefault("size", "2"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<Invoice> all = since(query);
        List<Invoice> slice = all.subList(Math.min(all.size(), (page - 1) * size), Math.min(all.size(), page * size));
        send(exchange, 200, "{\"page\":" + page + ",\"items\":[" + String.join(",", slice.stream().map(Invoice::json).toList()) + "]}");
    }

    private void byCursor(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        List<Invoice> all = since(query);
        int after = Integer.parseInt(query.getOrDefault("after", "0"));
        List<Invoice> slice = all.subList(Math.min(all.size(), after), Math.min(all.size(), after + pageSize));
        String next = after + pageSize < all.size()
                ? "\"/api/cursor?after=" + (after + pageSize) + (query.containsKey("updatedSince") ? "&updatedSince=" + query.get("updatedSince") : "") + "\""
                : "null";
        send(exchange, 200, "{\"data\":[" + String.join(",", slice.stream().map(Invoice::json).toList()) + "],\"links\":{\"next\":" + next + "}}");
    }

    private boolean refused(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        authHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (failingRequests.remove(Integer.valueOf(requests.size()))) {
            send(exchange, 503, "{\"error\":\"maintenance\"}");
            return true;
        }
        return false;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> map = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
