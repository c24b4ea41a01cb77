package io.arrears.api.outbox;

import java.util.Optional;

/**
 * Asked by the relay immediately before a message is handed to its channel: is what it says still true? A dunning
 * notice whose items were paid, credited, blocked or disputed since it was planned must not go out; the relay
 * {@link Outbox#markCancelled cancels} it with the reason returned here.
 */
@FunctionalInterface
public interface SendCheck {

    /** Empty: send it. Otherwise why it must not be sent. Messages the check knows nothing about are sent. */
    Optional<String> reasonNotToSend(OutboxMessage message);
}
