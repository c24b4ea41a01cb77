package io.arrears.api.outbox;

import java.util.Optional;

/**
 * Asked by the relay immediately before a message is handed to its channel: is what it says still true? A dunning
 * notice whose items were paid, credited, blocked or disputed since it was planned must not go out; the relay
 * {@link Outbox#markCancelled cancels} it with the reason returned here, after {@link #beforeCancel} has undone what
 * only a sent message may charge.
 */
@FunctionalInterface
public interface SendCheck {

    /** Empty: send it. Otherwise why it must not be sent. Messages the check knows nothing about are sent. */
    Optional<String> reasonNotToSend(OutboxMessage message);

    /**
     * Called by the relay just before it cancels {@code message} for {@code reason}: undoes what only a sent message may
     * charge (the level fee of a dunning notice that never went out). A crash between this and the cancellation lets
     * the relay claim the message again and call this once more, so a second call must find nothing left to undo and
     * succeed. Should it fail, the message is not cancelled. The default undoes nothing.
     */
    default void beforeCancel(OutboxMessage message, String reason) {
    }
}
