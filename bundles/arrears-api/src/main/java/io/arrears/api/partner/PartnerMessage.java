package io.arrears.api.partner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored partner message and where its delivery stands. */
public record PartnerMessage(long id, NewPartnerMessage content, MessageState state, int attempts, Instant nextAttemptAt,
        Optional<String> lastError, Instant createdAt, Optional<Instant> sentAt) {

    public PartnerMessage {
        Objects.requireNonNull(content, "PartnerMessage.content");
        Objects.requireNonNull(state, "PartnerMessage.state");
        Objects.requireNonNull(nextAttemptAt, "PartnerMessage.nextAttemptAt");
        Objects.requireNonNull(lastError, "PartnerMessage.lastError");
        Objects.requireNonNull(createdAt, "PartnerMessage.createdAt");
        Objects.requireNonNull(sentAt, "PartnerMessage.sentAt");
    }

    public String key() {
        return content.key();
    }
}
