package io.arrears.api.outbox;

/** What {@link Outbox#enqueue} did: the message's id, and whether this call created it (false: the key was already there). */
public record Enqueued(long id, boolean created) {
}
