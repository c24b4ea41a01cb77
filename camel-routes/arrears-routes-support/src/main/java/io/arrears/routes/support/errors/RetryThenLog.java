package io.arrears.routes.support.errors;

import java.time.Duration;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/**
 * The error policy of Arrears' polling and scheduled routes (dunning run, promise monitor, partner deliveries): a
 * failed exchange is redelivered with bounded exponential backoff (doubling from {@code firstDelay} up to
 * {@code maxDelay}), then logged at ERROR under {@code logCategory} by the dead-letter channel. Nothing more is needed:
 * the database, not the route, knows what was already applied, and the next tick or poll starts anew.
 */
public record RetryThenLog(String logCategory, int maxRedeliveries, Duration firstDelay, Duration maxDelay) {

    public RetryThenLog {
        Objects.requireNonNull(logCategory, "logCategory");
        if (maxRedeliveries < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy " + logCategory + ": " + maxRedeliveries + " redeliveries from "
                    + firstDelay + " up to " + maxDelay + " is not a bounded backoff");
        }
    }

    /** The dead-letter endpoint: the log category at ERROR, with the exception and its stack trace. */
    public String deadLetterUri() {
        return "log:" + logCategory + "?level=ERROR&showCaughtException=true&showStackTrace=true";
    }

    /** Makes this the error handler of every route of {@code builder}. */
    public void applyTo(RouteBuilder builder) {
        builder.errorHandler(builder.deadLetterChannel(deadLetterUri())
                .maximumRedeliveries(maxRedeliveries)
                .redeliveryDelay(firstDelay.toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(maxDelay.toMillis())
                .logExhaustedMessageHistory(false));
    }
}
