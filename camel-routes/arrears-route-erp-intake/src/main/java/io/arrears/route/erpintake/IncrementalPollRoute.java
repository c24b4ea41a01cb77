package io.arrears.route.erpintake;

import java.time.Duration;
import java.util.Objects;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * A timer that runs one incremental pull (ERP database, ERP JSON API) per period. A failed pull is
 * redelivered with exponential back-off, then logged by the dead-letter route; its watermark was not
 * advanced, so the next period reads the same records again (the intake's content hashes make that harmless).
 * The timer has one thread: pulls never overlap.
 */
public class IncrementalPollRoute extends RouteBuilder {

    private final String routeId;
    private final Duration period;
    private final boolean enabled;
    private final Processor pull;
    private final int maxRedeliveries;
    private final Duration redeliveryDelay;

    public IncrementalPollRoute(String routeId, Duration period, boolean enabled, Processor pull, int maxRedeliveries,
            Duration redeliveryDelay) {
        this.routeId = Objects.requireNonNull(routeId, "routeId");
        this.period = Objects.requireNonNull(period, "period");
        this.enabled = enabled;
        this.pull = Objects.requireNonNull(pull, "pull");
        this.maxRedeliveries = maxRedeliveries;
        this.redeliveryDelay = Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException(routeId + ": poll interval must be positive, was " + period);
        }
        if (maxRedeliveries < 0) {
            throw new IllegalArgumentException(routeId + ": max redeliveries must not be negative, was " + maxRedeliveries);
        }
    }

    public String routeId() {
        return routeId;
    }

    public String deadLetterRouteId() {
        return routeId + ".dead-letter";
    }

    @Override
    public void configure() {
        String deadLetter = "direct:" + deadLetterRouteId();
        errorHandler(deadLetterChannel(deadLetter)
                .maximumRedeliveries(maxRedeliveries)
                .redeliveryDelay(redeliveryDelay.toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(Math.max(redeliveryDelay.toMillis(), 300_000))
                .retryAttemptedLogLevel(LoggingLevel.WARN));

        from("timer:" + routeId + "?fixedRate=false&delay=1000&period=" + period.toMillis())
                .routeId(routeId)
                .autoStartup(enabled)
                .process(pull)
                .log(LoggingLevel.DEBUG, "${body}");

        from(deadLetter)
                .routeId(deadLetterRouteId())
                .log(LoggingLevel.ERROR, routeId + " failed after retries, watermark kept (the next poll reads the same "
                        + "records again): ${exception.message}");
    }
}
