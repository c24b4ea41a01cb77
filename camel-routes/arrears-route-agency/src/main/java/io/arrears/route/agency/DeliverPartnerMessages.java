package io.arrears.route.agency;

import io.arrears.api.partner.PartnerKind;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.api.partner.PartnerQueue;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims this partner's due messages and delivers each: SENT on success (an acknowledgement reference in the answer
 * is handed to {@code acknowledgements}), otherwise back to PLANNED with exponential backoff, or FAILED (a dead letter)
 * after the last attempt or on a refusal. The body becomes the number of messages delivered.
 */
public final class DeliverPartnerMessages implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverPartnerMessages.class);

    private final PartnerQueue queue;
    private final PartnerKind kind;
    private final PartnerSettings settings;
    private final PartnerTransport transport;
    private final BiConsumer<PartnerMessage, String> acknowledgements;
    private final Clock clock;

    public DeliverPartnerMessages(PartnerQueue queue, PartnerKind kind, PartnerSettings settings, PartnerTransport transport,
            BiConsumer<PartnerMessage, String> acknowledgements, Clock clock) {
        this.queue = queue;
        this.kind = kind;
        this.settings = settings;
        this.transport = transport;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        int delivered = 0;
        for (PartnerMessage message : queue.claimDue(kind, settings.partnerId(), settings.batchSize())) {
            try {
                Optional<String> reference = transport.deliver(message);
                queue.markSent(message.id(), clock.instant());
                reference.ifPresent(r -> acknowledgements.accept(message, r));
                delivered++;
                LOG.info("{} {} delivered {} ({})", kind, settings.partnerId(), message.key(), message.content().type());
            } catch (TransportException e) {
                int maxAttempts = e.retryable() ? settings.maxAttempts() : message.attempts();
                PartnerMessage now = queue.markFailed(message.id(), e.getMessage(), settings.backoffAfter(message.attempts()),
                        maxAttempts);
                LOG.warn("{} {}: delivery of {} failed (attempt {}, now {}): {}", kind, settings.partnerId(), message.key(),
                        message.attempts(), now.state(), e.getMessage());
            }
        }
        exchange.getMessage().setBody(delivered);
    }
}
