package io.arrears.routes.support.file;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import java.time.Duration;
import org.apache.camel.Exchange;

/** Intake lag: how old a polled file was (since its last modification) when its import finished. */
public final class IntakeLag {

    private IntakeLag() {
    }

    public static void record(Metrics metrics, String source, Exchange exchange) {
        Long lastModified = exchange.getIn().getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
        if (lastModified != null) {
            long ageMillis = Math.max(0, exchange.getClock().getCreated() - lastModified)
                    + exchange.getClock().elapsed();
            metrics.observe(ArrearsMeters.INTAKE_LAG, Duration.ofMillis(ageMillis), source);
        }
    }
}
