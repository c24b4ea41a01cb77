package io.arrears.api.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The partner routes' side of the queue. Writers enqueue through the agency and insurer repositories, inside the
 * transaction of their state change. Several nodes may claim at once: each message is claimed by one of them.
 */
public interface PartnerQueue {

    /** Moves up to {@code limit} due PLANNED messages of this partner to SENDING (one more attempt) and returns them. */
    List<PartnerMessage> claimDue(PartnerKind kind, String partnerId, int limit);

    /** SENDING → SENT, and the placement or notification it carries follows (delivered). */
    void markSent(long id, Instant at);

    /**
     * A failed attempt: back to PLANNED after {@code retryAfter} while attempts are left, FAILED (a dead letter an
     * operator sees) otherwise. Returns the message as it is now.
     */
    PartnerMessage markFailed(long id, String error, Duration retryAfter, int maxAttempts);

    /** SENDING for longer than {@code timeout} (a node died mid-send) → PLANNED; the partner drops a repeat by its key. */
    int recoverStale(Duration timeout);

    /** An operator sends a dead letter again. */
    void retry(long id);

    Optional<PartnerMessage> findByKey(String key);

    /** Messages of one partner, newest first, at most {@code limit}. */
    List<PartnerMessage> list(PartnerKind kind, String partnerId, int limit);
}
