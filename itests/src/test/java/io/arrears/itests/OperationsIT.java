package io.arrears.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.secret.MasterKey;
import io.arrears.api.secret.SecretCipher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operating Arrears in the real distribution: console commands over SSH with their ACL, the
 * configuration check, secrets from environment variables, metrics (Prometheus and JMX) and the
 * hardened defaults (loopback-only SSH and JMX, no shipped users, hashed passwords).
 */
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHIPPED = Path.of(System.getProperty("arrears.distribution", "../assembly/target/assembly"));
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString("it-master-key-32-bytes-long-abcd".getBytes(StandardCharsets.US_ASCII));
    private static final String CHECKPOINT_KEY = Base64.getEncoder().encodeToString("contact-log-checkpoint-key-32byte".getBytes(StandardCharsets.US_ASCII));
    private static KarafProcess karaf;

    @BeforeAll
    static void startKaraf() throws Exception {
        karaf = KarafProcess.prepare("operations", Map.of(
                "arrears.erpintake.csv", Map.of(
                        "enabled", "true",
                        "input.folder", "${karaf.data}/inbox/invoices-csv",
                        "min.age.seconds", "1",
                        "poll.delay.ms", "500"),
                // File Install's ${env:...} and ConfigAdmin's interpolation plugin $[env:...]; plus a misspelt key
                "io.arrears.routes", Map.of(
                        "context.name", "${env:ARREARS_IT_CAMEL_NAME}",
                        "contxt.timeout", "5"),
                "io.arrears.rest", Map.of("frame.ancestors", "$[env:ARREARS_IT_FRAME_ANCESTORS]"),
                // an encrypted secret: the contact log only starts when it decrypts (a signing key of 32 bytes)
                "io.arrears.contactlog", Map.of("checkpoint.key",
                        new SecretCipher(MasterKey.parse(MASTER_KEY, "test")).encrypt(CHECKPOINT_KEY))))
                .withEnvironment(Map.of(
                        "ARREARS_IT_CAMEL_NAME", "arrears-from-env",
                        "ARREARS_IT_FRAME_ANCESTORS", "https://erp.example.com",
                        MasterKey.VARIABLE, MASTER_KEY))
                .start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> get("/arrears/api/health", null).statusCode() == 200);
        } catch (RuntimeException e) {
            throw new AssertionError("Arrears did not become healthy; alive=" + karaf.isAlive() + "\nkaraf.log tail:\n"
                    + karaf.logTail(), e);
        }
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void settingsAndSecretsComeFromEnvironmentVariables() throws Exception {
        HttpResponse<String> health = get("/arrears/api/health", null);
        assertThat(JSON.readTree(health.body()).path("components").path("camel").path("details").path("name").asText())
                .as("${env:NAME} resolved by File Install").isEqualTo("arrears-from-env");
        assertThat(health.headers().firstValue("Content-Security-Policy"))
                .as("$[env:NAME] resolved by the ConfigurationAdmin interpolation plugin").hasValue("frame-ancestors https://erp.example.com");
    }

    @Test
    void encryptedSecretsAreDecryptedWhereConsumedAndArrearsEncryptIsForAdminsOnly() throws Exception {
        String manager = karaf.shell(KarafProcess.CONSOLE_MANAGER, "arrears:encrypt hush", "arrears:verify-log").output();
        assertThat(manager).as(manager).contains("Command not found: arrears:encrypt")
                .as("the contact log started with its ENC(...) checkpoint key").doesNotContain("Command not found: arrears:verify-log");

        String admin = karaf.shell(KarafProcess.CONSOLE_ADMIN, "arrears:encrypt hush-hush").output();
        Matcher value = Pattern.compile("ENC\\([A-Za-z0-9+/=]+\\)").matcher(admin);
        assertThat(value.find()).as(admin).isTrue();
        assertThat(new SecretCipher(MasterKey.parse(MASTER_KEY, "test")).decrypt("printed", value.group())).isEqualTo("hush-hush");
        assertThat(Files.readString(karaf.home().resolve("data/log/karaf.log"))).doesNotContain(CHECKPOINT_KEY)
                .doesNotContain("cannot be decrypted", "does not decrypt");
    }

    @Test
    void readOnlyCommandsForCollectorsStateChangingOnesForManagers() throws Exception {
        Path inbox = Files.createDirectories(karaf.home().resolve("ops-import"));
        Path csv = Files.writeString(inbox.resolve("manual.csv"), String.join("\n",
                "document_number;customer_id;customer_name;country;issue_date;due_date;amount;currency",
                "FV/2026/10/301;K-300;Kowalski Sp. z o.o.;PL;2026-10-01;2026-10-15;300,00;PLN", ""));

        String refused = karaf.shell(KarafProcess.CONSOLE_COLLECTOR, "arrears:import " + csv, "arrears:run --propose-only",
                "arrears:retry 1").output();
        // Karaf hides the commands a user's roles do not allow
        assertThat(Pattern.compile("Command not found: arrears:(import|run|retry)").matcher(refused).results().count())
                .as(refused).isEqualTo(3);
        assertThat(refused).doesNotContain("Imported ", "Run ");

        Path photo = Files.write(inbox.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
        String manager = karaf.shell(KarafProcess.CONSOLE_MANAGER, "arrears:import " + csv, "arrears:import --format csv " + csv,
                "arrears:import " + photo, "arrears:run --propose-only --date 2026-11-20").output();
        assertThat(manager).as(manager).contains("Imported " + csv + " as csv: 1 created",
                "Imported " + csv + " as csv: 0 created, 0 updated, 1 unchanged",
                "cannot tell the format of photo.jpg", "--format csv|ubl|ksef|camt|mt940");
        Matcher runId = Pattern.compile("Run (\\d+) for 2026-11-20").matcher(manager);
        assertThat(runId.find()).as(manager).isTrue();

        String collector = karaf.shell(KarafProcess.CONSOLE_COLLECTOR, "arrears:case --as-of 2026-11-20 K-300",
                "arrears:proposals " + runId.group(1), "arrears:runs").output();
        assertThat(collector).as(collector).contains("Customer K-300 Kowalski Sp. z o.o. (PL)", "FV/2026/10/301", "300.00",
                "Dunning blocks: none", "Run " + runId.group(1) + " for 2026-11-20", "PROPOSED")
                .doesNotContain("Command not found");
    }

    @Test
    void unknownConfigurationKeysAreReportedInTheConsoleAndTheLog() throws Exception {
        String check = karaf.shell(KarafProcess.CONSOLE_MANAGER, "arrears:config-check").output();
        assertThat(check).as(check).contains("configuration problem(s) in", "io.arrears.routes", "UNKNOWN_KEY", "contxt.timeout");
        assertThat(Files.readString(karaf.home().resolve("data/log/karaf.log")))
                .containsPattern("WARN .*Configuration io.arrears.routes: key 'contxt.timeout'");
    }

    @Test
    void metricsAreScrapedInThePrometheusTextFormat() throws Exception {
        Path inbox = Files.createDirectories(karaf.home().resolve("data/inbox/invoices-csv"));
        Path partial = inbox.resolve(".metrics.csv.part");
        Files.writeString(partial, String.join("\n",
                "document_number;customer_id;customer_name;country;issue_date;due_date;amount;currency",
                "FV/2026/10/401;K-400;Hurtownia Sowa;PL;2026-10-01;2026-10-15;400,00;PLN", ""));
        Files.move(partial, inbox.resolve("metrics.csv"), StandardCopyOption.ATOMIC_MOVE);

        // the folder route's exchange is done (arrears:import in another test counts files, not exchanges)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/arrears/api/metrics", KarafProcess.SCRAPER).body())
                        .contains("arrears_camel_exchanges_total{route=\"arrears.erpintake.csv\"}"));

        HttpResponse<String> scrape = get("/arrears/api/metrics", KarafProcess.SCRAPER);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v.replace(" ", "")).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(scrape.body())
                .contains("# TYPE arrears_camel_exchanges_total counter")
                .containsPattern("arrears_camel_exchanges_total\\{route=\"arrears.erpintake.csv\"} [1-9]")
                .contains("# TYPE arrears_camel_exchange_processing_seconds summary")
                .containsPattern("arrears_camel_exchange_processing_seconds_count\\{route=\"arrears.erpintake.csv\"} [1-9]")
                .contains("arrears_camel_exchanges_inflight{route=\"arrears.erpintake.csv\"} 0")
                .contains("arrears_intake_files_total{source=\"erpintake.csv\",outcome=\"imported\"}")
                .contains("arrears_intake_lag_seconds_count{source=\"erpintake.csv\"}");
        assertThat(get("/arrears/api/metrics", KarafProcess.ADMIN).statusCode()).isEqualTo(200);
        assertThat(get("/arrears/api/metrics", KarafProcess.COLLECTOR).statusCode()).isEqualTo(403);
        assertThat(get("/arrears/api/metrics", null).statusCode()).isEqualTo(401);

        // the same numbers as standard MBeans over Karaf's JMX connector
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(karaf.jmxUrl()),
                Map.of(JMXConnector.CREDENTIALS, new String[] {KarafProcess.ADMIN, KarafProcess.PASSWORD}))) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            ObjectName exchanges = new ObjectName("io.arrears:type=Metric,name=arrears_camel_exchanges_total,route=arrears.erpintake.csv");
            assertThat((Double) server.getAttribute(exchanges, "Value")).isGreaterThanOrEqualTo(1.0);
            assertThat(server.queryNames(new ObjectName("io.arrears:type=Metric,name=arrears_intake_files_total,*"), null)).isNotEmpty();
        }
    }

    @Test
    void sshAndJmxListenOnTheLoopbackInterfaceOnly() throws Exception {
        Properties shell = properties(SHIPPED.resolve("etc/org.apache.karaf.shell.cfg"));
        assertThat(shell.getProperty("sshHost")).isEqualTo("127.0.0.1");
        Properties management = properties(SHIPPED.resolve("etc/org.apache.karaf.management.cfg"));
        assertThat(management.getProperty("rmiRegistryHost")).isEqualTo("127.0.0.1");
        assertThat(management.getProperty("rmiServerHost")).isEqualTo("127.0.0.1");
        assertThat(management.getProperty("jmxmpEnabled", "false")).isEqualTo("false");

        assertThat(canConnect(InetAddress.getLoopbackAddress(), karaf.sshPort())).isTrue();
        Optional<InetAddress> external = nonLoopbackAddress();
        if (external.isPresent()) {
            assertThat(canConnect(external.get(), karaf.sshPort())).as("SSH on " + external.get()).isFalse();
            assertThat(canConnect(external.get(), Integer.parseInt(karaf.jmxUrl().replaceAll(".*rmi://127.0.0.1:(\\d+)/karaf-root", "$1"))))
                    .as("RMI registry on " + external.get()).isFalse();
        }
    }

    @Test
    void theDistributionShipsNoUserAndStoresPasswordsHashed() throws Exception {
        assertThat(activeLines(SHIPPED.resolve("etc/users.properties"))).as("shipped users").isEmpty();
        assertThat(activeLines(SHIPPED.resolve("etc/keys.properties"))).as("shipped public keys").isEmpty();
        assertThat(Files.readString(SHIPPED.resolve("etc/users.properties"))).doesNotContain("karaf = karaf", "karaf=karaf");
        assertThat(properties(SHIPPED.resolve("etc/org.apache.karaf.jaas.cfg")).getProperty("encryption.enabled")).isEqualTo("true");

        assertThat(get("/arrears/api/me", KarafProcess.MANAGER).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(activeLines(karaf.home().resolve("etc/users.properties")))
                        .filteredOn(l -> l.startsWith(KarafProcess.MANAGER + " "))
                        .singleElement().satisfies(l -> assertThat(l).contains("{CRYPT}").doesNotContain(KarafProcess.PASSWORD)));
    }

    private static List<String> activeLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> !l.startsWith("_g_\\:")) // group definitions are not users
                .toList();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        try (Stream<NetworkInterface> interfaces = NetworkInterface.networkInterfaces()) {
            return interfaces.filter(OperationsIT::up).flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && a.getAddress().length == 4).findFirst();
        }
    }

    private static boolean up(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).timeout(Duration.ofSeconds(5));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + KarafProcess.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
