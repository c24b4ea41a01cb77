package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.metrics.MetricsRegistry;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounce reports (RFC 3464) dropped into the bounce folder, recorded against the JDBC outbox on H2. */
class RecordBounceReportsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final MetricsRegistry metrics = new MetricsRegistry();
    private JdbcOutbox outbox;

    @BeforeEach
    void outbox() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bounce" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        MigrationRunner.forDataSource(dataSource, CLOCK).migrate(dataSource);
        outbox = new JdbcOutbox(dataSource, CLOCK);
    }

    static String dsn(String key, String status, String diagnostic) {
        return """
                From: MAILER-DAEMON@mx.acme.example
                To: ar@acme.example
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.acme.example

                Final-Recipient: rfc822; ap@debtor.example
                Action: failed
                Status: %s
                Diagnostic-Code: smtp; %s

                --b1
                Content-Type: text/rfc822-headers

                Message-ID: <0123@arrears>
                X-Arrears-Outbox-Key:
                 %s
                Subject: Payment reminder
                --b1--
                """.formatted(status, diagnostic, key);
    }

    private long sent(String key) {
        long id = outbox.enqueue(TestMessages.email(key)).id();
        outbox.claimDue(10);
        outbox.markSent(id);
        return id;
    }

    @Test
    void aBounceTurnsItsSentMessageIntoADeadLetterWithTheKindAndIsCounted() throws Exception {
        long full = sent("dunning/C-1/L1/abc/run-1");
        long listed = sent("dunning/C-2/L1/def/run-1");
        Path bounces = Files.createDirectories(folder.resolve("bounces"));
        Files.writeString(bounces.resolve("1.eml"), dsn("dunning/C-1/L1/abc/run-1", "5.2.2", "552 5.2.2 Mailbox full"));
        Files.writeString(bounces.resolve("2.eml"), dsn("dunning/C-2/L1/def/run-1", "5.7.1",
                "554 5.7.1 Client host blocked using zen.spamhaus.org"));
        Files.writeString(bounces.resolve("3.eml"), dsn("dunning/unknown", "5.1.1", "550 5.1.1 User unknown"));

        int recorded = new RecordBounceReports(outbox, metrics, bounces).recordAll();

        assertThat(recorded).isEqualTo(2);
        OutboxMessage bounced = outbox.find(full).orElseThrow();
        assertThat(bounced.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(bounced.failureKind()).contains(FailureKind.BOUNCED);
        assertThat(bounced.lastError()).hasValueSatisfying(e -> assertThat(e).contains("5.2.2").contains("Mailbox full"));
        assertThat(outbox.find(listed).orElseThrow().failureKind()).contains(FailureKind.BLACKLISTED);
        assertThat(metrics.value(ArrearsMeters.DELIVERY_FAILURES, List.of("EMAIL", "BOUNCED")).value()).isEqualTo(1);
        assertThat(metrics.value(ArrearsMeters.DELIVERY_FAILURES, List.of("EMAIL", "BLACKLISTED")).value()).isEqualTo(1);
        assertThat(Files.list(bounces.resolve(".done")).count()).isEqualTo(2);
        assertThat(bounces.resolve(".error").resolve("3.eml")).exists();
    }

    @Test
    void delayWarningsAndForeignMailAreNoBounces() {
        assertThat(BounceReport.parse(dsn("k", "4.4.7", "451 4.4.7 delayed").replace("Action: failed", "Action: delayed"))).isEmpty();
        assertThat(BounceReport.parse("Subject: hello\n\nnot a report\n")).isEmpty();
        assertThat(BounceReport.parse(dsn("dunning/C-3/L2/x/run-2", "5.1.1", "550 5.1.1 User unknown")))
                .hasValueSatisfying(r -> {
                    assertThat(r.outboxKey()).isEqualTo("dunning/C-3/L2/x/run-2");
                    assertThat(r.kind()).isEqualTo(FailureKind.BOUNCED);
                });
        assertThat(new String(dsn("a", "b", "c").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Action: failed");
    }
}
