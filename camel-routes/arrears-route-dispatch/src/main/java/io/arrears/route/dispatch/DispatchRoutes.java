package io.arrears.route.dispatch;

import io.arrears.api.metrics.Metrics;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.SendCheck;
import org.apache.camel.builder.RouteBuilder;

/**
 * The outbox relay: every poll interval it claims due messages and delivers each through its channel;
 * a second timer turns messages stuck in SENDING into UNKNOWN. Every node may run these routes: the
 * claim hands each message to one node only.
 */
public class DispatchRoutes extends RouteBuilder {

    public static final String RELAY = "arrears.dispatch.relay";
    public static final String DELIVER = "arrears.dispatch.deliver";
    public static final String RECOVER = "arrears.dispatch.recover";
    public static final String BOUNCES = "arrears.dispatch.bounces";

    private final Outbox outbox;
    private final ChannelSenders senders;
    private final DispatchSettings settings;
    private final Metrics metrics;
    private final SendCheck check;

    public DispatchRoutes(Outbox outbox, ChannelSenders senders, DispatchSettings settings, Metrics metrics, SendCheck check) {
        this.check = check;
        this.outbox = outbox;
        this.senders = senders;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        // no redelivery anywhere: a message is re-sent only through the outbox's own retry state
        errorHandler(defaultErrorHandler().maximumRedeliveries(0).logExhaustedMessageHistory(false));

        long pollMillis = settings.pollInterval().toMillis();
        from("timer:arrears-dispatch-relay?fixedRate=false&period=" + pollMillis + "&delay=" + pollMillis)
                .routeId(RELAY)
                .process(new ClaimDueMessages(outbox, settings.batchSize()))
                .split(body())
                    .to("direct:arrears-dispatch-deliver")
                .end();

        from("direct:arrears-dispatch-deliver")
                .routeId(DELIVER)
                .process(new DeliverMessage(outbox, senders, settings.retryPolicy(), metrics, check));

        from("timer:arrears-dispatch-recover?fixedRate=false&period=" + pollMillis + "&delay=" + pollMillis)
                .routeId(RECOVER)
                .process(new RecoverStaleMessages(outbox, settings.sendingTimeout()));

        from("timer:arrears-dispatch-bounces?fixedRate=false&period=" + pollMillis + "&delay=" + pollMillis)
                .routeId(BOUNCES)
                .process(new RecordBounceReports(outbox, metrics, settings.outboxFolder().resolve("bounces")));
    }
}
