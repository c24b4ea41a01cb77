package io.arrears.route.dunning;

import io.arrears.api.promise.PromiseMonitor;
import io.arrears.routes.support.errors.RetryThenLog;
import java.time.Duration;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The promise monitor for the Arrears CamelContext ({@code etc/io.arrears.route.promises.cfg}): every interval, the
 * pending promises and running plans are judged against the payments; kept and broken ones are stored with their
 * consequence. A failing pass is retried with growing delays, then logged as a dead letter; the next tick starts anew
 * (the database, not the route, knows what was already applied).
 */
@Component(service = RoutesBuilder.class, configurationPid = PromiseMonitorConfig.PID)
@Designate(ocd = PromiseMonitorConfig.class)
public class PromiseMonitorRoute extends RouteBuilder {

    public static final String MONITOR = "arrears.promises.monitor";
    static final String FAILURE_LOG = "io.arrears.route.promises.failed";
    static final int MAX_REDELIVERIES = 3;
    static final Duration MAX_REDELIVERY_DELAY = Duration.ofMinutes(5);

    private final PromiseMonitor monitor;
    private final boolean enabled;
    private final Duration interval;
    private final Duration firstRedeliveryDelay;

    @Activate
    public PromiseMonitorRoute(PromiseMonitorConfig config, @Reference PromiseMonitor monitor) {
        this(monitor, config.enabled(), Duration.ofMinutes(Math.max(1, Math.min(1440, config.interval_minutes()))),
                Duration.ofSeconds(30));
    }

    public PromiseMonitorRoute(PromiseMonitor monitor, boolean enabled, Duration interval, Duration firstRedeliveryDelay) {
        this.monitor = monitor;
        this.enabled = enabled;
        this.interval = interval;
        this.firstRedeliveryDelay = firstRedeliveryDelay;
    }

    @Override
    public void configure() {
        new RetryThenLog(FAILURE_LOG, MAX_REDELIVERIES, firstRedeliveryDelay, MAX_REDELIVERY_DELAY).applyTo(this);

        long millis = interval.toMillis();
        from("timer:arrears-promises-monitor?fixedRate=false&period=" + millis + "&delay=" + millis)
                .routeId(MONITOR)
                .autoStartup(enabled)
                .process(new CheckPromises(monitor)).id("CheckPromises");
    }
}
