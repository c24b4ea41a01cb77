package io.arrears.route.dunning;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;

/**
 * The error policy of the scheduled passes in this bundle (dunning run, promise monitor): a failing pass is redelivered
 * with bounded exponential backoff, then logged by the dead-letter channel; the next tick starts anew, because the
 * database, not the route, knows what was already applied.
 */
final class PassRetries {

    private PassRetries() {
    }

    static void configure(RouteBuilder builder, String deadLetter, int maxRedeliveries, Duration firstDelay,
            Duration maxDelay) {
        builder.errorHandler(builder.deadLetterChannel(deadLetter)
                .maximumRedeliveries(maxRedeliveries)
                .redeliveryDelay(firstDelay.toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(maxDelay.toMillis())
                .logExhaustedMessageHistory(false));
    }
}
