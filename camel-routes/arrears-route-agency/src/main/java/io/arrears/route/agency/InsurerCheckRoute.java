package io.arrears.route.agency;

import io.arrears.api.insurer.InsurerService;
import io.arrears.api.metrics.Metrics;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Route {@code arrears.insurer.check}: ticks every minute, runs the check once a day after the configured time.
 * Route {@code arrears.insurer.alarms}: refreshes the missed-deadline gauge every minute, also with the check disabled
 * (deadlines of policies entered by hand are still watched).
 */
@Component(service = RoutesBuilder.class, configurationPid = InsurerCheckConfig.PID)
@Designate(ocd = InsurerCheckConfig.class)
public class InsurerCheckRoute extends RouteBuilder {

    public static final String CHECK = "arrears.insurer.check";
    public static final String ALARMS = "arrears.insurer.alarms";

    private final InsurerService insurers;
    private final InsurerCheckSchedule schedule;
    private final Metrics metrics;
    private final Duration tick;

    @Activate
    public InsurerCheckRoute(InsurerCheckConfig config, @Reference InsurerService insurers, @Reference Metrics metrics) {
        this(insurers, InsurerCheckSchedule.from(config, Clock.systemUTC()), metrics, Duration.ofMinutes(1));
    }

    public InsurerCheckRoute(InsurerService insurers, InsurerCheckSchedule schedule, Metrics metrics, Duration tick) {
        this.insurers = insurers;
        this.schedule = schedule;
        this.metrics = metrics;
        this.tick = tick;
    }

    @Override
    public void configure() {
        PartnerRouteErrors.of("insurer").applyTo(this);
        from("timer:arrears-insurer-check?fixedRate=false&delay=" + tick.toMillis() + "&period=" + tick.toMillis())
                .routeId(CHECK)
                .autoStartup(schedule.enabled())
                .process(new RunInsurerCheck(insurers, schedule)).id("RunInsurerCheck");
        from("timer:arrears-insurer-alarms?fixedRate=false&delay=" + tick.toMillis() + "&period=" + tick.toMillis())
                .routeId(ALARMS)
                .process(new RefreshInsurerAlarmGauge(insurers, schedule, metrics)).id("RefreshInsurerAlarmGauge");
    }
}
