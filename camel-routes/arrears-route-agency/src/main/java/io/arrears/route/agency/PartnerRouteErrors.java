package io.arrears.route.agency;

import io.arrears.routes.support.errors.RetryThenLog;
import java.time.Duration;

/**
 * The partner routes' retry values: a failed poll (database down, a partner's server gone mid-listing) is retried
 * three times from 5 seconds up to 2 minutes, then logged; the messages themselves stay in the database queue, so the
 * next poll picks them up and nothing is lost.
 */
final class PartnerRouteErrors {

    private PartnerRouteErrors() {
    }

    /** @param partner {@code agency} or {@code insurer}: the log category {@code io.arrears.route.<partner>.failed} */
    static RetryThenLog of(String partner) {
        return new RetryThenLog("io.arrears.route." + partner + ".failed", 3, Duration.ofSeconds(5), Duration.ofMinutes(2));
    }
}
