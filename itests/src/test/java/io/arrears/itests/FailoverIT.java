package io.arrears.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue #9's scale-out test: two Karaf nodes on one PostgreSQL schema. The node leading the dunning namespace
 * executes a run and is killed (SIGKILL) half-way; the other node takes the lease over with a higher fencing
 * token, resumes the run, and every notice reaches the SMTP receiver once and only once.
 */
@EnabledIfSystemProperty(named = "itest.postgres", matches = "true")
class FailoverIT {

    static final int CUSTOMERS = Integer.getInteger("itest.failover.customers", 1_000);

    private PostgresSchema database;
    private GreenMail smtp;
    private final Map<String, KarafProcess> nodes = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        database = PostgresSchema.create("failover");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (KarafProcess node : nodes.values()) {
            node.close();
        }
        smtp.stop();
        database.close();
    }

    @Test
    void theOtherNodeTakesOverAKilledLeadersRunAndSendsEveryNoticeOnce() throws Exception {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String id : List.of("node-a", "node-b")) {
            KarafProcess node = KarafProcess.prepare("failover-" + id,
                    Nodes.config(database, smtp.getSmtp().getPort(), Path.of("target/failover-policy"), id));
            nodes.put(id, node);
            // the same export lands in both nodes' inboxes; only the intake leader polls, and a file is read once cluster-wide
            DunningLoad.dropInvoices(node.home().resolve("data/inbox/invoices-csv"), CUSTOMERS, today);
            node.start();
            Nodes.awaitHealthy(node, new ArrearsApi(node.baseUrl()));
        }
        await("import of " + CUSTOMERS + " customers").atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> database.count("SELECT count(*) FROM customers") == CUSTOMERS);
        assertThat(database.count("SELECT count(*) FROM ledger_events")).as("the file was imported once").isEqualTo(CUSTOMERS);

        String leaderId = (String) await("a dunning leader").atMost(Duration.ofSeconds(30))
                .until(() -> holder(), h -> h != null);
        long leaderToken = token();
        String followerId = leaderId.equals("node-a") ? "node-b" : "node-a";
        KarafProcess leader = nodes.get(leaderId);
        ArrearsApi leaderApi = new ArrearsApi(leader.baseUrl());
        long imported = System.nanoTime();

        JsonNode proposal = leaderApi.managerPost("/arrears/api/runs?date=" + today, Duration.ofMinutes(20));
        long runId = proposal.path("runId").asLong();
        long expected = database.count("SELECT count(*) FROM notices WHERE run_id = ? AND status = 'PROPOSED'", runId);
        assertThat(expected).isEqualTo(CUSTOMERS);
        CompletableFuture<JsonNode> execution = CompletableFuture.supplyAsync(() -> {
            try {
                return leaderApi.managerPost("/arrears/api/runs/" + runId + "/execute", Duration.ofMinutes(60));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await("execution under way on the leader").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> applied(runId) >= expected / 4 && smtp.getReceivedMessages().length >= 20);
        leader.kill();
        long killed = System.nanoTime();
        long appliedAtKill = applied(runId);
        assertThat(appliedAtKill).as("killed in the middle of the run").isLessThan(expected);
        assertThat(execution).failsWithin(Duration.ofSeconds(30));

        await("the follower takes the lease over").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> followerId.equals(holder()));
        long newToken = token();
        assertThat(newToken).as("a new leader, a higher fencing token").isGreaterThan(leaderToken);
        long tookOver = System.nanoTime();

        await("the new leader finished the run").atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> database.count("SELECT count(*) FROM notices WHERE run_id = ? AND status = 'PROPOSED'", runId) == 0);
        await("outbox drained").atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> database.count("SELECT count(*) FROM outbox_messages WHERE state IN ('PLANNED', 'SENDING')") == 0);
        long finished = System.nanoTime();

        assertThat(database.count("SELECT fencing_token FROM dunning_runs WHERE id = ?", runId))
                .as("the resumed execution wrote with the new leader's token").isEqualTo(newToken);
        assertThat(database.count("SELECT count(*) FROM notices WHERE run_id = ? AND status = 'APPLIED'", runId)).isEqualTo(expected);
        assertThat(database.count("SELECT count(*) FROM outbox_messages")).isEqualTo(expected);
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getHeader("X-Arrears-Outbox-Key", null), 1L, Long::sum);
        }
        assertThat(received.values()).as("no e-mail received twice").allMatch(count -> count == 1);
        long sent = database.count("SELECT count(*) FROM outbox_messages WHERE state = 'SENT'");
        long unknown = database.count("SELECT count(*) FROM outbox_messages WHERE state = 'UNKNOWN'");
        for (List<Object> row : database.rows("SELECT outbox_key FROM outbox_messages WHERE state = 'SENT'")) {
            assertThat(received).containsKey((String) row.get(0));
        }
        assertThat(sent + unknown).as("nothing failed or was lost").isEqualTo(expected);
        assertThat(unknown).as("at most the killed node's one attempt in flight").isLessThanOrEqualTo(1);

        System.out.printf(Locale.ROOT, "FailoverIT: %d customers, %d notices; leader %s (token %d) killed at %d applied; %s took over "
                        + "(token %d) after %.0f s; %d SENT, %d UNKNOWN, %d e-mails received, max per key %d; total %.0f s "
                        + "(import %.0f s, run+kill %.0f s, finish %.0f s)%n",
                CUSTOMERS, expected, leaderId, leaderToken, appliedAtKill, followerId, newToken, seconds(killed, tookOver), sent, unknown,
                received.size(), received.values().stream().mapToLong(Long::longValue).max().orElse(0), seconds(started, finished),
                seconds(started, imported), seconds(imported, killed), seconds(tookOver, finished));
    }

    private long applied(long runId) throws Exception {
        return database.count("SELECT count(*) FROM notices WHERE run_id = ? AND status = 'APPLIED'", runId);
    }

    private String holder() throws Exception {
        List<List<Object>> rows = database.rows("SELECT holder FROM cluster_leases WHERE name = 'arrears.dunning' "
                + "AND expires_at > CURRENT_TIMESTAMP");
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    private long token() throws Exception {
        return database.count("SELECT token FROM cluster_leases WHERE name = 'arrears.dunning'");
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
