package io.arrears.route.agency;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;

/**
 * The partner routes' error policy: a failed poll (database down, a partner's server gone mid-listing) is redelivered
 * with bounded exponential backoff, then logged by the dead-letter channel; the messages themselves stay in the
 * database queue, so the next poll picks them up and nothing is lost.
 */
final class PartnerRouteErrors {

    static final int MAX_REDELIVERIES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(2);

    private PartnerRouteErrors() {
    }

    static void configure(RouteBuilder builder, String partner) {
        builder.errorHandler(builder.deadLetterChannel("log:io.arrears.route." + partner
                + ".failed?level=ERROR&showCaughtException=true&showStackTrace=true")
                .maximumRedeliveries(MAX_REDELIVERIES)
                .redeliveryDelay(FIRST_DELAY.toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(MAX_DELAY.toMillis())
                .logExhaustedMessageHistory(false));
    }
}
