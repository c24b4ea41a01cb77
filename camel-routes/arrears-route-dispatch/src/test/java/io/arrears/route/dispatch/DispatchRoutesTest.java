package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.outbox.RetryPolicy;
import io.arrears.api.outbox.SendCheck;
import io.arrears.metrics.MetricsRegistry;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The relay in a real CamelContext over the JDBC outbox on H2. */
class DispatchRoutesTest extends CamelTestSupport {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration SENDING_TIMEOUT = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final RecordingSender sender = new RecordingSender();
    private final AtomicInteger claims = new AtomicInteger();
    private final MetricsRegistry metrics = new MetricsRegistry();
    private JdbcDataSource dataSource;
    private JdbcOutbox outbox;

    @Override
    protected void doPreSetup() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:dispatch" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        MigrationRunner.forDataSource(dataSource, clock).migrate(dataSource);
        outbox = new JdbcOutbox(dataSource, clock);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        DispatchSettings settings = new DispatchSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                java.nio.file.Path.of("unused"), POLL, 10, new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)),
                SENDING_TIMEOUT);
        ChannelSenders senders = new ChannelSenders(Map.of(DeliveryChannel.EMAIL, sender, DeliveryChannel.SMS, sender,
                DeliveryChannel.LETTER, sender, DeliveryChannel.TASK, sender));
        // the ledger's last word, simulated: a key ending in /paid-meanwhile stands for a notice whose items were paid
        SendCheck check = message -> message.key().endsWith("/paid-meanwhile")
                ? Optional.of("not sent, the ledger changed: INV-1 paid or credited since the notice was planned")
                : Optional.empty();
        return new DispatchRoutes(countingClaims(outbox), senders, settings, metrics, check);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void everyEnqueuedMessageIsDeliveredOnce() {
        long email = outbox.enqueue(TestMessages.email("C-1/L1/a/run-1")).id();
        long sms = outbox.enqueue(NewOutboxMessage.sms("C-2/L1/b/run-1", "+48221234567", "Prosimy o zapłatę")).id();
        long letter = outbox.enqueue(NewOutboxMessage.letter("C-3/L3/c/run-1", Recipient.of("Acme\nMain St 1"), TestMessages.PDF)).id();

        await().atMost(Duration.ofSeconds(10)).until(() -> state(email) == DeliveryState.SENT
                && state(sms) == DeliveryState.SENT && state(letter) == DeliveryState.SENT);
        int claimsWhenDone = claims.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> claims.get() >= claimsWhenDone + 3);

        assertThat(sender.all()).containsOnly(Map.entry("C-1/L1/a/run-1", 1), Map.entry("C-2/L1/b/run-1", 1),
                Map.entry("C-3/L3/c/run-1", 1));
        assertThat(sent("EMAIL")).isEqualTo(1);
        assertThat(sent("SMS")).isEqualTo(1);
        assertThat(sent("LETTER")).isEqualTo(1);
    }

    @Test
    void aBouncedMessageIsCountedAsAFailureAndADeadLetter() {
        long bounced = outbox.enqueue(TestMessages.email("C-7/L1/z/run-1/bounce")).id();

        await().atMost(Duration.ofSeconds(10)).until(() -> state(bounced) == DeliveryState.FAILED);

        assertThat(metrics.value(ArrearsMeters.DELIVERY_FAILURES, List.of("EMAIL", "BOUNCED")).value()).isEqualTo(1);
        assertThat(metrics.value(ArrearsMeters.DEAD_LETTERS, List.of("EMAIL")).value()).isEqualTo(1);
        assertThat(sent("EMAIL")).isZero();
    }

    @Test
    void aNoticeWhoseItemsWerePaidMeanwhileIsCancelledWithTheReasonAndNeverReachesTheChannel() {
        long stale = outbox.enqueue(TestMessages.email("C-8/L1/p/run-1/paid-meanwhile")).id();

        await().atMost(Duration.ofSeconds(10)).until(() -> state(stale) == DeliveryState.CANCELLED);
        int claimsThen = claims.get();
        clock.advance(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> claims.get() >= claimsThen + 3);

        assertThat(sender.deliveries("C-8/L1/p/run-1/paid-meanwhile")).isZero();
        assertThat(outbox.find(stale).orElseThrow().lastError()).contains(
                "not sent, the ledger changed: INV-1 paid or credited since the notice was planned");
        assertThat(metrics.value(ArrearsMeters.SENDS_CANCELLED, List.of("EMAIL")).value()).isEqualTo(1);
        assertThat(sent("EMAIL")).isZero();
    }

    private double sent(String channel) {
        return metrics.value(ArrearsMeters.NOTICES_SENT, List.of(channel)).value();
    }

    @Test
    void aCrashAfterTheSendLeavesTheMessageUnknownAndItIsNotSentAgain() {
        long crashed = outbox.enqueue(TestMessages.email("C-9/L2/x/run-1/crash")).id();

        await().atMost(Duration.ofSeconds(10)).until(() -> state(crashed) == DeliveryState.UNKNOWN);
        int claimsThen = claims.get();
        clock.advance(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> claims.get() >= claimsThen + 3);

        assertThat(sender.deliveries("C-9/L2/x/run-1/crash")).isEqualTo(1);
        assertThat(outbox.unknowns()).extracting(OutboxMessage::id).containsExactly(crashed);
        assertThat(metrics.value(ArrearsMeters.DELIVERY_UNKNOWN, List.of("EMAIL")).value()).isEqualTo(1);
        assertThat(outbox.find(crashed).orElseThrow().lastError())
                .hasValueSatisfying(e -> assertThat(e).contains("simulated crash"));
    }

    @Test
    void aMessageLeftSendingByADeadNodeBecomesUnknownAfterTheTimeout() throws Exception {
        context.getRouteController().stopRoute(DispatchRoutes.RELAY);
        long orphan = outbox.enqueue(NewOutboxMessage.sms("C-5/L1/o/run-1", "+48221234567", "text")).id();
        assertThat(outbox.claimDue(1)).extracting(OutboxMessage::id).containsExactly(orphan); // the node that then died
        outbox.markAttemptStarted(orphan); // ... while sending it

        clock.advance(SENDING_TIMEOUT.plusSeconds(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> state(orphan) == DeliveryState.UNKNOWN);
        assertThat(sender.deliveries("C-5/L1/o/run-1")).isZero();
    }

    @Test
    void aMessageClaimedButNeverAttemptedByADeadNodeIsSentOnceAfterTheTimeout() throws Exception {
        context.getRouteController().stopRoute(DispatchRoutes.RELAY);
        long orphan = outbox.enqueue(NewOutboxMessage.sms("C-6/L1/o/run-1", "+48221234567", "text")).id();
        assertThat(outbox.claimDue(1)).extracting(OutboxMessage::id).containsExactly(orphan); // died before trying it

        clock.advance(SENDING_TIMEOUT.plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> state(orphan) == DeliveryState.PLANNED);
        context.getRouteController().startRoute(DispatchRoutes.RELAY);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(orphan) == DeliveryState.SENT);
        assertThat(sender.deliveries("C-6/L1/o/run-1")).isEqualTo(1);
    }

    @Test
    void theRoutesHaveGreppableIds() {
        assertThat(context.getRoutes()).extracting(r -> r.getRouteId())
                .containsExactlyInAnyOrder(DispatchRoutes.RELAY, DispatchRoutes.DELIVER, DispatchRoutes.RECOVER, DispatchRoutes.BOUNCES);
    }

    private DeliveryState state(long id) {
        return outbox.find(id).orElseThrow().state();
    }

    /** The outbox, counting the relay's claims so a test can wait for more polls without sleeping. */
    private Outbox countingClaims(Outbox target) {
        return (Outbox) Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("claimDue")) {
                        claims.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A clock the test moves forward (retry and stale timeouts are minutes long). */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }
    }
}
