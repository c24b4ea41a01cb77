package io.arrears.route.dispatch;

import io.arrears.api.outbox.Outbox;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Sets the body to the outbox messages this node claimed (now SENDING), at most one batch. */
public final class ClaimDueMessages implements Processor {

    private final Outbox outbox;
    private final int batchSize;

    public ClaimDueMessages(Outbox outbox, int batchSize) {
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody(outbox.claimDue(batchSize));
    }
}
