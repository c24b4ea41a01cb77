package io.arrears.store.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.Enqueued;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.outbox.Resolution;
import io.arrears.api.outbox.RetryPolicy;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

class JdbcOutboxTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30));
    private static final Attachment PDF = new Attachment("reminder.pdf", Attachment.PDF,
            "%PDF-1.7 reminder".getBytes(StandardCharsets.US_ASCII));

    private final MutableClock clock = new MutableClock(START);

    static JdbcOutbox migrated(TestDatabase db, MutableClock clock) {
        MigrationRunner.forDataSource(db.dataSource(), clock).migrate(db.dataSource());
        return new JdbcOutbox(db.dataSource(), clock);
    }

    static NewOutboxMessage email(String key) {
        return NewOutboxMessage.email(key, Recipient.of("ap@acme.example", "Accounts payable"), "Reminder FV/1/2026",
                "Please pay.", Optional.of("<p>Please pay.</p>"), List.of(PDF));
    }

    @DatabaseTest
    void enqueuedMessageCommitsAndRollsBackWithTheCallersTransaction(TestDatabase db) throws SQLException {
        JdbcOutbox outbox = migrated(db, clock);

        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            outbox.enqueue(c, email("rolled-back"));
            c.rollback();
            Enqueued kept = outbox.enqueue(c, email("committed"));
            c.commit();

            assertThat(outbox.findByKey("rolled-back")).isEmpty();
            OutboxMessage stored = outbox.find(kept.id()).orElseThrow();
            assertThat(stored.content()).isEqualTo(email("committed"));
            assertThat(stored.state()).isEqualTo(DeliveryState.PLANNED);
            assertThat(stored.attempts()).isZero();
            assertThat(stored.nextAttemptAt()).isEqualTo(START);
            assertThat(kept.created()).isTrue();
        }
    }

    @DatabaseTest
    void theSameKeyIsEnqueuedOnce(TestDatabase db) throws SQLException {
        JdbcOutbox outbox = migrated(db, clock);
        Enqueued first = outbox.enqueue(email("C-1/L2/abc/run-7"));

        Enqueued again;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            again = outbox.enqueue(c, NewOutboxMessage.sms("C-1/L2/abc/run-7", "+48221234567", "other content"));
            // the caller's transaction is still usable after the duplicate
            outbox.enqueue(c, email("next"));
            c.commit();
        }

        assertThat(again).isEqualTo(new Enqueued(first.id(), false));
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages")).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM outbox_attachments")).isEqualTo(2);
    }

    @DatabaseTest
    void enqueueRefusesAnAutoCommitConnection(TestDatabase db) throws SQLException {
        JdbcOutbox outbox = migrated(db, clock);
        try (Connection c = db.dataSource().getConnection()) {
            assertThatThrownBy(() -> outbox.enqueue(c, email("k")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto-commit");
        }
    }

    @DatabaseTest
    void claimTakesDuePlannedMessagesOnce(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long a = outbox.enqueue(email("a")).id();
        long b = outbox.enqueue(NewOutboxMessage.sms("b", "+48221234567", "Pay FV/1")).id();

        List<OutboxMessage> claimed = outbox.claimDue(10);

        assertThat(claimed).extracting(OutboxMessage::id).containsExactly(a, b);
        assertThat(claimed).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(DeliveryState.SENDING);
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(claimed.get(0).content().attachments()).containsExactly(PDF);
        assertThat(outbox.claimDue(10)).isEmpty();
    }

    @DatabaseTest
    void claimHonoursTheLimit(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(email("m" + i));
        }
        assertThat(outbox.claimDue(2)).extracting(OutboxMessage::key).containsExactly("m0", "m1");
        assertThat(outbox.claimDue(10)).extracting(OutboxMessage::key).containsExactly("m2", "m3", "m4");
    }

    @DatabaseTest
    void transportFailuresBackOffThenBecomeDeadLetters(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("retry")).id();

        outbox.claimDue(1);
        OutboxMessage afterFirst = outbox.markFailed(id, FailureKind.TRANSPORT, "connection refused", POLICY);
        assertThat(afterFirst.state()).isEqualTo(DeliveryState.PLANNED);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(outbox.claimDue(1)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(outbox.claimDue(1)).extracting(OutboxMessage::attempts).containsExactly(2);
        OutboxMessage afterSecond = outbox.markFailed(id, FailureKind.TRANSPORT, "421 try later", POLICY);
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        assertThat(outbox.claimDue(1)).hasSize(1);
        OutboxMessage dead = outbox.markFailed(id, FailureKind.TRANSPORT, "421 still down", POLICY);

        assertThat(dead.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.failureKind()).contains(FailureKind.TRANSPORT);
        assertThat(dead.lastError()).contains("421 still down");
        assertThat(outbox.deadLetters()).extracting(OutboxMessage::id).containsExactly(id);
        clock.advance(Duration.ofDays(1));
        assertThat(outbox.claimDue(1)).isEmpty();
    }

    @DatabaseTest
    void permanentFailuresAreNotRetried(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("refused")).id();
        outbox.claimDue(1);

        OutboxMessage failed = outbox.markFailed(id, FailureKind.REFUSED, "550 mailbox unavailable", POLICY);

        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.failureKind()).contains(FailureKind.REFUSED);
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @DatabaseTest
    void anOperatorCanSendADeadLetterAgain(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("again")).id();
        outbox.claimDue(1);
        outbox.markFailed(id, FailureKind.INVALID_RECIPIENT, "no such user", POLICY);

        outbox.retryDeadLetter(id, "manager.jan");

        assertThat(outbox.claimDue(1)).extracting(OutboxMessage::id, OutboxMessage::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, 1));
        assertThat(outbox.deadLetters()).isEmpty();
    }

    @DatabaseTest
    void unknownMessagesWaitForAnOperator(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long retried = outbox.enqueue(email("retried")).id();
        long confirmed = outbox.enqueue(email("confirmed")).id();
        outbox.claimDue(10);
        outbox.markUnknown(retried, "SMTP connection dropped after DATA");
        outbox.markUnknown(confirmed, "SMTP connection dropped after DATA");

        clock.advance(Duration.ofDays(1));
        assertThat(outbox.claimDue(10)).isEmpty();
        assertThat(outbox.unknowns()).extracting(OutboxMessage::id).containsExactlyInAnyOrder(retried, confirmed);

        outbox.resolveUnknown(retried, Resolution.RETRY, "collector.anna");
        outbox.resolveUnknown(confirmed, Resolution.SENT, "collector.anna");

        assertThat(outbox.claimDue(10)).extracting(OutboxMessage::id).containsExactly(retried);
        assertThat(outbox.find(confirmed).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
        assertThat(outbox.unknowns()).isEmpty();
        assertThat(db.queryLong("SELECT count(*) FROM outbox_messages WHERE resolved_by = 'collector.anna'")).isEqualTo(2);
    }

    @DatabaseTest
    void messagesLeftSendingByADeadNodeBecomeUnknownAfterTheTimeout(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("crashed")).id();
        long neverTried = outbox.enqueue(email("claimed-in-the-same-batch")).id();
        outbox.claimDue(2);
        outbox.markAttemptStarted(id);

        clock.advance(Duration.ofMinutes(4));
        assertThat(outbox.recoverStale(Duration.ofMinutes(5))).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(outbox.recoverStale(Duration.ofMinutes(5))).isEqualTo(1);

        OutboxMessage unknown = outbox.find(id).orElseThrow();
        assertThat(unknown.state()).isEqualTo(DeliveryState.UNKNOWN);
        assertThat(unknown.lastError()).hasValueSatisfying(e -> assertThat(e).contains("may or may not"));
        // the batch's other message was never tried: nothing can have been delivered, so it is planned again
        OutboxMessage replanned = outbox.find(neverTried).orElseThrow();
        assertThat(replanned.state()).isEqualTo(DeliveryState.PLANNED);
        assertThat(replanned.attempts()).isZero();
        assertThat(replanned.lastError()).hasValueSatisfying(e -> assertThat(e).contains("before attempting it"));
        assertThat(outbox.claimDue(2)).extracting(OutboxMessage::id).containsExactly(neverTried);
    }

    @DatabaseTest
    void transitionsFromTheWrongStateAreRefused(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("planned")).id();

        assertThatThrownBy(() -> outbox.markSent(id))
                .isInstanceOf(IllegalStateException.class).hasMessage("outbox message " + id + " is PLANNED, expected one of [SENDING, UNKNOWN]");
        assertThatThrownBy(() -> outbox.resolveUnknown(id, Resolution.SENT, "anna"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected one of [UNKNOWN]");
        assertThatThrownBy(() -> outbox.markSent(id + 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no outbox message " + (id + 1000));
        outbox.claimDue(1);
        outbox.markSent(id);
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
    }

    @DatabaseTest
    void aMessageStaleBeforeSendingIsCancelledWithItsReasonAndNeverClaimedAgain(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("paid-meanwhile")).id();
        outbox.claimDue(1);

        outbox.markCancelled(id, "item FV/1/2026 paid or credited since the notice was planned");

        OutboxMessage cancelled = outbox.find(id).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(cancelled.lastError()).contains("item FV/1/2026 paid or credited since the notice was planned");
        clock.advance(Duration.ofDays(1));
        assertThat(outbox.claimDue(10)).isEmpty();
        assertThat(outbox.recoverStale(Duration.ZERO)).isZero();
        assertThatThrownBy(() -> outbox.markSent(id)).isInstanceOf(IllegalStateException.class);
    }

    @DatabaseTest
    void aBounceReportTurnsASentMessageIntoADeadLetterWithItsKind(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long id = outbox.enqueue(email("bounced")).id();
        outbox.claimDue(1);
        outbox.markSent(id);

        outbox.markUndelivered(id, FailureKind.BOUNCED, "5.1.1 user unknown");

        OutboxMessage bounced = outbox.find(id).orElseThrow();
        assertThat(bounced.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(bounced.failureKind()).contains(FailureKind.BOUNCED);
        assertThat(outbox.deadLetters()).extracting(OutboxMessage::id).containsExactly(id);
        clock.advance(Duration.ofDays(1));
        assertThat(outbox.claimDue(10)).as("history is never re-sent by itself").isEmpty();
    }

    @DatabaseTest
    void listingFiltersByStateChannelAndFailureKind(TestDatabase db) {
        JdbcOutbox outbox = migrated(db, clock);
        long bounced = outbox.enqueue(email("l-bounced")).id();
        long refusedSms = outbox.enqueue(NewOutboxMessage.sms("l-sms", "+48221234567", "Please pay.")).id();
        long sent = outbox.enqueue(email("l-sent")).id();
        outbox.claimDue(10);
        outbox.markSent(bounced);
        outbox.markUndelivered(bounced, FailureKind.BOUNCED, "mailbox full");
        outbox.markFailed(refusedSms, FailureKind.BLACKLISTED, "opted out", POLICY);
        outbox.markSent(sent);

        assertThat(outbox.list(io.arrears.api.outbox.OutboxQuery.inStates(java.util.Set.of(DeliveryState.FAILED), 10)))
                .extracting(OutboxMessage::id).containsExactlyInAnyOrder(bounced, refusedSms);
        assertThat(outbox.list(new io.arrears.api.outbox.OutboxQuery(java.util.Set.of(), Optional.of(io.arrears.api.outbox.DeliveryChannel.SMS),
                Optional.empty(), 10))).extracting(OutboxMessage::id).containsExactly(refusedSms);
        assertThat(outbox.list(new io.arrears.api.outbox.OutboxQuery(java.util.Set.of(), Optional.empty(),
                Optional.of(FailureKind.BOUNCED), 10))).extracting(OutboxMessage::id).containsExactly(bounced);
        assertThat(outbox.list(io.arrears.api.outbox.OutboxQuery.inStates(java.util.Set.of(), 10))).hasSize(3);
    }
}
