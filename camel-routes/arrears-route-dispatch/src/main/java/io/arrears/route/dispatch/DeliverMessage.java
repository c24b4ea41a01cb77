package io.arrears.route.dispatch;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.RetryPolicy;
import io.arrears.api.outbox.SendCheck;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed (SENDING) message through its channel and records the outcome. First the {@link SendCheck} looks at
 * the ledger once more: a message whose items were paid, credited, blocked or disputed since it was planned is
 * CANCELLED with the reason and never reaches the channel, once the check has undone what only a sent message may charge
 * ({@link SendCheck#beforeCancel}; should the check itself fail, the message stays SENDING with no attempt started, and
 * the recovery route plans it again). Then: accepted → SENT;
 * a definite failure → retried later or FAILED, per the retry policy; anything else → UNKNOWN, never
 * re-sent automatically. If recording itself fails the row stays SENDING and the recovery route
 * turns it UNKNOWN later: a message is never sent twice by accident.
 */
public final class DeliverMessage implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverMessage.class);

    private final Outbox outbox;
    private final ChannelSenders senders;
    private final RetryPolicy retryPolicy;
    private final Metrics metrics;
    private final SendCheck check;

    public DeliverMessage(Outbox outbox, ChannelSenders senders, RetryPolicy retryPolicy, Metrics metrics, SendCheck check) {
        this.check = check;
        this.outbox = outbox;
        this.senders = senders;
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        OutboxMessage message = exchange.getMessage().getMandatoryBody(OutboxMessage.class);
        deliver(message);
    }

    void deliver(OutboxMessage message) {
        Optional<String> stale = check.reasonNotToSend(message);
        if (stale.isPresent()) {
            // first: after a crash in between the message is claimed again, cancelled again, and beforeCancel finds nothing left
            check.beforeCancel(message, stale.get());
            outbox.markCancelled(message.id(), stale.get());
            metrics.increment(ArrearsMeters.SENDS_CANCELLED, message.channel().name());
            LOG.info("Outbox message {} ({}, key {}) cancelled before sending: {}", message.id(), message.channel(),
                    message.key(), stale.get());
            return;
        }
        // committed before the channel is called: after a crash, only a message whose attempt had begun is UNKNOWN
        outbox.markAttemptStarted(message.id());
        try {
            senders.forChannel(message.channel()).send(message);
        } catch (DeliveryFailedException e) {
            OutboxMessage now = outbox.markFailed(message.id(), e.kind(), e.getMessage(), retryPolicy);
            metrics.increment(ArrearsMeters.DELIVERY_FAILURES, message.channel().name(), e.kind().name());
            if (now.state() == DeliveryState.FAILED) {
                metrics.increment(ArrearsMeters.DEAD_LETTERS, message.channel().name());
            }
            LOG.warn("Outbox message {} ({}, key {}) attempt {} failed ({}): {}; now {}", message.id(), message.channel(),
                    message.key(), message.attempts(), e.kind(), e.getMessage(), now.state());
            return;
        } catch (DeliveryException | RuntimeException e) {
            // DeliveryUncertainException, or a failure the sender did not classify: it may have been delivered
            outbox.markUnknown(message.id(), describe(e));
            metrics.increment(ArrearsMeters.DELIVERY_UNKNOWN, message.channel().name());
            LOG.error("Outbox message {} ({}, key {}) may or may not have been delivered; it waits for an operator",
                    message.id(), message.channel(), message.key(), e);
            return;
        }
        outbox.markSent(message.id());
        metrics.increment(ArrearsMeters.NOTICES_SENT, message.channel().name());
        LOG.info("Outbox message {} ({}, key {}) sent on attempt {}", message.id(), message.channel(), message.key(),
                message.attempts());
    }

    private static String describe(Exception e) {
        return "outcome unknown: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
