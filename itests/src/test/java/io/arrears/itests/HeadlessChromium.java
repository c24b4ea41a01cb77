package io.arrears.itests;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the Chrome DevTools protocol (a WebSocket of the JDK's own
 * HTTP client, no driver binary): navigate, evaluate JavaScript in the page, take screenshots.
 * Every run gets a fresh profile folder, deleted on close. Site isolation is off so that a cross-site
 * frame is part of the page's frame tree (the ERP-frame test reads it); CSP is enforced all the same.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String BINARY = System.getProperty("arrears.chromium", "/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(BINARY));
    }

    static HeadlessChromium start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("arrears-chromium-");
        Process process = new ProcessBuilder(BINARY, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-site-isolation-trials", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2);
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (JsonNode target : JSON.readTree(list)) {
                    if (target.path("type").asText().equals("page")) {
                        return target.path("webSocketDebuggerUrl").asText();
                    }
                }
                return null;
            }, url -> url != null && !url.isEmpty());
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener).get(30, TimeUnit.SECONDS);
            HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
            listener.owner = chromium;
            chromium.send("Page.enable", Map.of());
            chromium.send("Runtime.enable", Map.of());
            return chromium;
        } catch (Exception e) {
            destroy(process);
            throw new IOException("Chromium did not start: " + e, e);
        }
    }

    /** Sends a DevTools command and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        try {
            socket.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(60, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + ": " + e.getMessage(), e);
        } finally {
            pending.remove(id);
        }
    }

    void navigate(String url) {
        send("Page.navigate", Map.of("url", url));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> "complete".equals(evaluate("document.readyState").asText()));
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until {@code condition} (a JavaScript expression) is true in the page. */
    void waitFor(String condition, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> evaluate("Boolean(" + condition + ")").asBoolean());
    }

    void screenshot(Path file) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        destroy(process);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void destroy(Process process) {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
                if (answer != null) {
                    answer.complete(message);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable DevTools message: " + text, e);
        }
    }

    /** Collects the fragments of each text message and hands whole messages to the owner. */
    private static final class Listener implements WebSocket.Listener {
        volatile HeadlessChromium owner;
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                if (owner != null) {
                    owner.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
