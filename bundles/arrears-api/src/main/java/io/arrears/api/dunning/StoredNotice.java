package io.arrears.api.dunning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice as stored: what was proposed, where it stands, and what the execution said.
 *
 * @param outcomeReason why it was cancelled, deferred again or sent; empty before the first execution
 */
public record StoredNotice(long id, long runId, NewNotice proposal, NoticeStatus status, Optional<String> outcomeReason,
        Optional<Instant> executedAt) {

    public StoredNotice {
        Objects.requireNonNull(proposal, "StoredNotice.proposal");
        Objects.requireNonNull(status, "StoredNotice.status");
        Objects.requireNonNull(outcomeReason, "StoredNotice.outcomeReason");
        Objects.requireNonNull(executedAt, "StoredNotice.executedAt");
    }
}
