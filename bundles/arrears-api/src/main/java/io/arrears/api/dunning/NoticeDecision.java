package io.arrears.api.dunning;

import java.time.Instant;
import java.util.Objects;

/**
 * What the execution did with one notice.
 *
 * @param at              when it was decided; for a deferral the earliest next attempt
 * @param outboxMessageId the enqueued message when sent, 0 otherwise
 */
public record NoticeDecision(long noticeId, String customerId, int level, Outcome outcome, Instant at, String reason,
        long outboxMessageId) {

    public enum Outcome {
        /** Re-check passed: notice APPLIED and its message enqueued in the same transaction. */
        SENT_TO_OUTBOX,
        /** Re-check failed: notice CANCELLED with the reason. */
        CANCELLED,
        /** Still due but not now: notice stays PROPOSED, a later execution tries again. */
        DEFERRED,
        /** Executed or cancelled before (a repeated execution): nothing done. */
        ALREADY_DONE
    }

    public NoticeDecision {
        Objects.requireNonNull(customerId, "NoticeDecision.customerId");
        Objects.requireNonNull(outcome, "NoticeDecision.outcome");
        Objects.requireNonNull(at, "NoticeDecision.at");
        Objects.requireNonNull(reason, "NoticeDecision.reason");
    }
}
