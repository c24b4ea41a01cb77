package io.arrears.api.outbox;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox. Writers {@link #enqueue} inside their own transaction; the dispatch
 * relay {@link #claimDue claims} due messages, sends each and records the outcome. Several nodes
 * may claim at once: a message is claimed by one of them only. Every state change checks the state
 * it expects and fails with {@link IllegalStateException} when the message is elsewhere.
 */
public interface Outbox {

    /**
     * Writes the message on the caller's connection, inside the caller's transaction (auto-commit
     * must be off): it is committed or rolled back with the caller's state change. A key that is
     * already in the outbox is not written again; its existing id is returned.
     */
    Enqueued enqueue(Connection connection, NewOutboxMessage message);

    /** Enqueue in a transaction of its own, for callers without one. */
    Enqueued enqueue(NewOutboxMessage message);

    /**
     * Moves up to {@code limit} PLANNED messages whose next attempt time has come to SENDING (one
     * more attempt each) and returns them, oldest due first. Claimed by this caller only.
     */
    List<OutboxMessage> claimDue(int limit);

    /**
     * Records that the delivery attempt of a claimed (SENDING) message starts now, just before its channel is
     * called. A message claimed by a node that stopped before this point was never tried: {@link #recoverStale}
     * plans it again instead of making it UNKNOWN.
     */
    void markAttemptStarted(long id);

    /** SENDING (or UNKNOWN, when a late answer proves it) → SENT. */
    void markSent(long id);

    /**
     * Records a failed attempt of a SENDING message. A {@link FailureKind#retryable() retryable}
     * failure with attempts left goes back to PLANNED after the policy's delay; anything else is
     * FAILED (a dead letter). Returns the message as it is now.
     */
    OutboxMessage markFailed(long id, FailureKind kind, String error, RetryPolicy policy);

    /**
     * SENDING → CANCELLED before its channel was called: what it says is no longer true (see {@link SendCheck});
     * the reason is kept as the message's last error. Final.
     */
    void markCancelled(long id, String reason);

    /**
     * A report received after the channel accepted the message (a bounce, a gateway delivery report): SENT or
     * UNKNOWN → FAILED with the report's kind and detail. A dead letter now; never re-sent automatically.
     */
    void markUndelivered(long id, FailureKind kind, String detail);

    /** SENDING → UNKNOWN: the send may have happened. Never re-sent until an operator decides. */
    void markUnknown(long id, String reason);

    /**
     * Messages SENDING for longer than {@code timeout} (their node died): UNKNOWN when their attempt had started
     * (it may have been delivered), PLANNED again when it had not; returns how many became UNKNOWN.
     */
    int recoverStale(Duration timeout);

    /** An operator's decision on an UNKNOWN message: SENT, or PLANNED for an attempt now. */
    void resolveUnknown(long id, Resolution resolution, String operator);

    /** An operator sends a dead letter (FAILED) again: PLANNED for an attempt now, attempts counted anew. */
    void retryDeadLetter(long id, String operator);

    Optional<OutboxMessage> find(long id);

    Optional<OutboxMessage> findByKey(String key);

    /** FAILED messages, oldest first. */
    List<OutboxMessage> deadLetters();

    /** UNKNOWN messages, oldest first: each waits for {@link #resolveUnknown}. */
    List<OutboxMessage> unknowns();

    /** The messages the query selects, most recently changed first, at most {@link OutboxQuery#limit()}. */
    List<OutboxMessage> list(OutboxQuery query);
}
