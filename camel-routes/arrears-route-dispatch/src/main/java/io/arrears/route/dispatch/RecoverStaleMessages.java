package io.arrears.route.dispatch;

import io.arrears.api.outbox.Outbox;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns messages left SENDING by a node that stopped mid-send into UNKNOWN (never a blind re-send). */
public final class RecoverStaleMessages implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RecoverStaleMessages.class);

    private final Outbox outbox;
    private final Duration sendingTimeout;

    public RecoverStaleMessages(Outbox outbox, Duration sendingTimeout) {
        this.outbox = outbox;
        this.sendingTimeout = sendingTimeout;
    }

    @Override
    public void process(Exchange exchange) {
        int recovered = outbox.recoverStale(sendingTimeout);
        if (recovered > 0) {
            LOG.warn("{} outbox messages were SENDING for more than {} and are now UNKNOWN: an operator must decide "
                    + "whether each arrived", recovered, sendingTimeout);
        }
        exchange.getMessage().setBody(recovered);
    }
}
