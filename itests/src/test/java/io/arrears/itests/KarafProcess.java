package io.arrears.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The assembled Arrears distribution, copied to a fresh folder and started as a real Karaf process
 * on free ports, the way an administrator runs it.
 */
final class KarafProcess implements AutoCloseable {

    static final String COLLECTOR = "colette";
    static final String MANAGER = "manon";
    static final String ADMIN = "adam";
    /** Console users (role ssh): a collector and a manager. */
    static final String CONSOLE_COLLECTOR = "sam";
    static final String CONSOLE_MANAGER = "mia";
    /** A console administrator (arrears:encrypt). */
    static final String CONSOLE_ADMIN = "ada";
    /** A Prometheus server's user: role metrics only. */
    static final String SCRAPER = "prom";
    static final String PASSWORD = "s3cret-test";

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private final Map<String, String> environment = new java.util.HashMap<>();
    private Process process;

    private KarafProcess(Path home, int httpPort, int sshPort, int rmiRegistryPort, int rmiServerPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.rmiRegistryPort = rmiRegistryPort;
        this.rmiServerPort = rmiServerPort;
    }

    /** Copies the distribution into {@code target/karaf-<name>} and configures it; does not start it. */
    static KarafProcess prepare(String name, Map<String, Map<String, String>> extraConfig) throws IOException {
        Path distribution = Path.of(System.getProperty("arrears.distribution", "../assembly/target/assembly")).toAbsolutePath().normalize();
        if (!Files.isExecutable(distribution.resolve("bin/karaf"))) {
            throw new IllegalStateException("No assembled distribution at " + distribution + ": build the assembly module first");
        }
        Path home = Path.of("target", "karaf-" + name).toAbsolutePath();
        deleteRecursively(home);
        copyRecursively(distribution, home);
        int port = freePort();
        writeConfig(home, "org.apache.felix.http", Map.of("org.osgi.service.http.port", String.valueOf(port)));
        // SSH and JMX on free ports too: several distributions may run at once on one machine
        int sshPort = freePort();
        int rmiRegistryPort = freePort();
        int rmiServerPort = freePort();
        setKey(home, "org.apache.karaf.shell", "sshPort", String.valueOf(sshPort));
        setKey(home, "org.apache.karaf.management", "rmiRegistryPort", String.valueOf(rmiRegistryPort));
        setKey(home, "org.apache.karaf.management", "rmiServerPort", String.valueOf(rmiServerPort));
        Files.writeString(home.resolve("etc/users.properties"), String.join("\n",
                "# test users of the JAAS realm 'karaf' (the shipped distribution has none)",
                COLLECTOR + " = " + PASSWORD + ",collector",
                MANAGER + " = " + PASSWORD + ",manager",
                ADMIN + " = " + PASSWORD + ",admin",
                CONSOLE_COLLECTOR + " = " + PASSWORD + ",collector,ssh",
                CONSOLE_MANAGER + " = " + PASSWORD + ",manager,ssh",
                CONSOLE_ADMIN + " = " + PASSWORD + ",admin,ssh",
                SCRAPER + " = " + PASSWORD + ",metrics", ""));
        for (Map.Entry<String, Map<String, String>> pid : extraConfig.entrySet()) {
            writeConfig(home, pid.getKey(), pid.getValue());
        }
        return new KarafProcess(home, port, sshPort, rmiRegistryPort, rmiServerPort);
    }

    /** Environment variables of the Karaf process (set before {@link #start()}). */
    KarafProcess withEnvironment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    KarafProcess start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    Path home() {
        return home;
    }

    int sshPort() {
        return sshPort;
    }

    String jmxUrl() {
        return "service:jmx:rmi://127.0.0.1:" + rmiServerPort + "/jndi/rmi://127.0.0.1:" + rmiRegistryPort + "/karaf-root";
    }

    /**
     * Logs into this Karaf's console over SSH ({@code bin/client}) as {@code user}, types the commands and
     * logs out; returns everything the session printed, without terminal escapes. (The client's
     * exec mode, {@code bin/client "command"}, closes the channel without output in this distribution.)
     */
    ShellResult shell(String user, String... commands) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(sshPort), "-u", user, "-p", PASSWORD, "-r", "10", "-d", "2")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var in = new java.io.InputStreamReader(client.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    output.append(buffer, 0, n);
                }
            } catch (IOException e) {
                output.append("\n(console output unreadable: ").append(e.getMessage()).append(')');
            }
        });
        reader.start();
        // typed before the console shows its first prompt, input gets mangled: wait for the prompt
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
                .until(() -> output.indexOf(user + "@") >= 0 || !client.isAlive());
        try (var in = client.getOutputStream()) {
            in.write((String.join("\n", commands) + "\nlogout\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client ended (e.g. login refused): its output says why
        }
        if (!client.waitFor(2, TimeUnit.MINUTES)) {
            client.destroyForcibly();
            throw new IllegalStateException("bin/client did not end: " + String.join("; ", commands) + "\n" + output);
        }
        reader.join(10_000);
        return new ShellResult(client.exitValue(), output.toString().replaceAll("\u001B\\[[;?\\d]*[A-Za-z]", "").replace("\r", ""));
    }

    record ShellResult(int exitCode, String output) {
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String logTail() {
        Path log = home.resolve("data/log/karaf.log");
        try {
            if (!Files.exists(log)) {
                return "(no karaf.log)";
            }
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(karaf.log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * SIGKILL to the JVM and its launcher script at once, the way a power cut or the OOM killer ends it:
     * no shutdown hook, no bundle stops, open transactions die with their connections.
     */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("process " + handle.pid() + " survived SIGKILL", e);
            }
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        // bin/karaf is a shell script: the JVM is its child. SIGTERM reaches Karaf's shutdown hook,
        // which stops the bundles in order; whatever is still alive after a minute is killed.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }

    private static void writeConfig(Path home, String pid, Map<String, String> properties) throws IOException {
        StringBuilder text = new StringBuilder();
        properties.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(home.resolve("etc/" + pid + ".cfg"), text);
    }

    /** Sets one key in a shipped etc/<pid>.cfg, keeping the rest of the file. */
    private static void setKey(Path home, String pid, String key, String value) throws IOException {
        Path file = home.resolve("etc/" + pid + ".cfg");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.replaceAll(line -> line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")
                ? key + " = " + value : line);
        if (lines.stream().noneMatch(line -> line.equals(key + " = " + value))) {
            lines.add(key + " = " + value);
        }
        Files.write(file, lines);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        Path runtimeState = from.resolve("data"); // a previous run's cache and database: never copied
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(source -> !source.startsWith(runtimeState)).forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
