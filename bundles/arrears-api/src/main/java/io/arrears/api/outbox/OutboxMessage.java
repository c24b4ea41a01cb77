package io.arrears.api.outbox;

import io.arrears.api.check.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored outbox message and where its delivery stands. {@code attempts} counts the claims (sends
 * started); {@code nextAttemptAt} matters while PLANNED; {@code lastError} and {@code failureKind}
 * describe the last failed attempt (kept after a retry succeeds, for the record).
 */
public record OutboxMessage(long id, NewOutboxMessage content, DeliveryState state, int attempts, Instant nextAttemptAt,
        Optional<String> lastError, Optional<FailureKind> failureKind, Instant createdAt, Instant updatedAt) {

    public OutboxMessage {
        String record = "OutboxMessage";
        Checks.present(content, record, "content");
        Checks.present(state, record, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException(record + ".attempts must not be negative, was " + attempts);
        }
        Checks.present(nextAttemptAt, record, "nextAttemptAt");
        lastError = Checks.optional(lastError);
        failureKind = Checks.optional(failureKind);
        Checks.present(createdAt, record, "createdAt");
        Checks.present(updatedAt, record, "updatedAt");
    }

    public String key() {
        return content.key();
    }

    public DeliveryChannel channel() {
        return content.channel();
    }

    public Recipient recipient() {
        return content.recipient();
    }
}
