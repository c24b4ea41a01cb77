package io.arrears.route.agency;

import io.arrears.api.insurer.InsurerService;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Route {@code arrears.insurer.check}: ticks every minute, runs the check once a day after the configured time. */
@Component(service = RoutesBuilder.class, configurationPid = InsurerCheckConfig.PID)
@Designate(ocd = InsurerCheckConfig.class)
public class InsurerCheckRoute extends RouteBuilder {

    public static final String CHECK = "arrears.insurer.check";

    private final InsurerService insurers;
    private final InsurerCheckSchedule schedule;
    private final Duration tick;

    @Activate
    public InsurerCheckRoute(InsurerCheckConfig config, @Reference InsurerService insurers) {
        this(insurers, InsurerCheckSchedule.from(config, Clock.systemUTC()), Duration.ofMinutes(1));
    }

    public InsurerCheckRoute(InsurerService insurers, InsurerCheckSchedule schedule, Duration tick) {
        this.insurers = insurers;
        this.schedule = schedule;
        this.tick = tick;
    }

    @Override
    public void configure() {
        PartnerRouteErrors.configure(this, "insurer");
        from("timer:arrears-insurer-check?fixedRate=false&delay=" + tick.toMillis() + "&period=" + tick.toMillis())
                .routeId(CHECK)
                .autoStartup(schedule.enabled())
                .process(new RunInsurerCheck(insurers, schedule)).id("RunInsurerCheck");
    }
}
