package io.arrears.rest.internal.outbox;

import io.arrears.api.outbox.OutboxMessage;
import java.time.Instant;

/**
 * An outbox message for operators: where it stands and why, without its body or attachments (the
 * body may hold personal data; the key names the notice or confirmation it carries).
 */
public record OutboxMessageJson(long id, String key, String channel, String recipient, String subject, String state,
        int attempts, String lastError, String failureKind, Instant createdAt, Instant updatedAt) {

    public static OutboxMessageJson of(OutboxMessage message) {
        return new OutboxMessageJson(message.id(), message.key(), message.channel().name(), message.recipient().address(),
                message.content().subject().orElse(null), message.state().name(), message.attempts(),
                message.lastError().orElse(null), message.failureKind().map(Enum::name).orElse(null),
                message.createdAt(), message.updatedAt());
    }
}
