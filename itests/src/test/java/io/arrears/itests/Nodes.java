package io.arrears.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Configuration and start-up of the Karaf nodes of the crash and failover tests. */
final class Nodes {

    static final int BATCH_SIZE = 50;

    private Nodes() {
    }

    /** PostgreSQL schema, GreenMail SMTP, a fast relay, the CSV inbox, the test policy; the daily schedule off. */
    static Map<String, Map<String, String>> config(PostgresSchema database, int smtpPort, Path policyFolder) throws IOException {
        return config(database, smtpPort, policyFolder, "node-1");
    }

    /**
     * Also: short leases (failover within ~10 s) and a leader that checks for interrupted runs every 2 s and
     * resumes one idle for 5 s.
     */
    static Map<String, Map<String, String>> config(PostgresSchema database, int smtpPort, Path policyFolder, String nodeId)
            throws IOException {
        Path policy = DunningLoad.writePolicy(policyFolder.toAbsolutePath());
        return Map.of(
                "io.arrears.store.jdbc", Map.of("url", database.jdbcUrl(), "user", PostgresSchema.USER),
                "io.arrears.route.dispatch", Map.of(
                        "smtp.host", "127.0.0.1",
                        "smtp.port", String.valueOf(smtpPort),
                        "smtp.starttls", "false",
                        "mail.from", "Arrears IT <ar@creditor.example>",
                        "poll.interval.seconds", "1",
                        "batch.size", String.valueOf(BATCH_SIZE),
                        "smtp.timeout.seconds", "5",
                        "sending.timeout.seconds", "15"),
                "io.arrears.route.dunning", Map.of("enabled", "false", "check.interval.seconds", "2", "resume.idle.seconds", "5"),
                "io.arrears.cluster", Map.of("node.id", nodeId, "lease.seconds", "6", "renew.seconds", "2"),
                "io.arrears.dunning.run", Map.of("policy.file", policy.toString().replace('\\', '/')),
                "arrears.erpintake.csv", Map.of(
                        "enabled", "true",
                        "input.folder", "${karaf.data}/inbox/invoices-csv",
                        "min.age.seconds", "1",
                        "poll.delay.ms", "500"));
    }

    static void awaitHealthy(KarafProcess karaf, ArrearsApi api) {
        try {
            // generous: on a shared, loaded build machine a Karaf boot can take minutes
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).until(api::healthy);
        } catch (RuntimeException e) {
            throw new AssertionError("Arrears did not become healthy; alive=" + karaf.isAlive() + "\nkaraf.log tail:\n"
                    + karaf.logTail(), e);
        }
    }
}
