package io.arrears.route.dispatch;

import io.arrears.api.outbox.OutboxMessage;

/**
 * Delivers outbox messages of one channel. Returning normally means the channel accepted the message.
 * Implementations throw {@link DeliveryFailedException} only when the message certainly was not
 * delivered; any other exception is read as "may have been delivered" and the message goes to UNKNOWN.
 */
@FunctionalInterface
public interface ChannelSender {

    void send(OutboxMessage message) throws DeliveryException;
}
