package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts deliveries per outbox key; a key containing "crash" is delivered and then the node "crashes", one
 * containing "bounce" bounces (a definite, not retryable failure).
 */
final class RecordingSender implements ChannelSender {

    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    @Override
    public void send(OutboxMessage message) throws DeliveryFailedException {
        deliveries.merge(message.key(), 1, Integer::sum);
        if (message.key().contains("bounce")) {
            throw new DeliveryFailedException(FailureKind.BOUNCED, "simulated bounce of " + message.key());
        }
        if (message.key().contains("crash")) {
            throw new IllegalStateException("simulated crash after the channel took " + message.key());
        }
    }

    int deliveries(String key) {
        return deliveries.getOrDefault(key, 0);
    }

    Map<String, Integer> all() {
        return Map.copyOf(deliveries);
    }
}
