package io.arrears.route.dunning;

import io.arrears.api.cluster.Leadership;
import io.arrears.api.dunning.DunningRunService;
import io.arrears.routes.support.errors.RetryThenLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.model.RouteDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily dunning run for the Arrears CamelContext, configured by {@code etc/io.arrears.route.dunning.cfg}.
 * Every tick asks {@link DailyRunTrigger} whether today's run is due; if so the run route proposes and
 * (unless configured to propose only) executes it. A failing step is retried with growing delays, then
 * logged as a dead letter; the next tick tries the day again while no run for it is stored.
 */
@Component(service = RoutesBuilder.class, configurationPid = DunningScheduleConfig.PID)
@Designate(ocd = DunningScheduleConfig.class)
public class DunningScheduleRoute extends RouteBuilder {

    public static final String SCHEDULE = "arrears.dunning.schedule";
    public static final String RUN = "arrears.dunning.run";
    public static final String RESUME = "arrears.dunning.resume";
    static final String RUN_ENDPOINT = "direct:arrears-dunning-run";
    static final String FAILURE_LOG = "io.arrears.route.dunning.failed";
    static final int MAX_REDELIVERIES = 4;
    static final Duration MAX_REDELIVERY_DELAY = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(DunningScheduleRoute.class);

    private final DunningRunService runs;
    private final DunningSchedule schedule;
    private final Clock clock;
    private final Duration tick;
    private final Duration firstRedeliveryDelay;
    private final Optional<Leadership> leadership;
    private final Duration resumeIdle;

    /**
     * In Karaf the schedule and the resumption of interrupted runs are singleton work: they run on the node that
     * leads {@link Leadership#DUNNING} (Camel's ClusteredRoutePolicy over our lease cluster service), and their
     * executions carry its fencing token.
     */
    @Activate
    public DunningScheduleRoute(DunningScheduleConfig config, @Reference DunningRunService runs,
            @Reference Leadership leadership) {
        this(runs, DunningSchedule.from(config), Clock.systemUTC(), Duration.ofSeconds(config.check_interval_seconds()),
                Duration.ofSeconds(30), Optional.of(leadership), Duration.ofSeconds(config.resume_idle_seconds()));
        LOG.info("Dunning schedule: {} at {} {}, {}; interrupted runs resumed after {} idle; on the '{}' leader only",
                schedule.enabled() ? "daily" : "disabled", schedule.runTime(), schedule.zone(),
                schedule.execute() ? "propose and execute" : "propose only", resumeIdle, Leadership.DUNNING);
    }

    public DunningScheduleRoute(DunningRunService runs, DunningSchedule schedule, Clock clock, Duration tick,
            Duration firstRedeliveryDelay) {
        this(runs, schedule, clock, tick, firstRedeliveryDelay, Optional.empty(), Duration.ofMinutes(2));
    }

    DunningScheduleRoute(DunningRunService runs, DunningSchedule schedule, Clock clock, Duration tick,
            Duration firstRedeliveryDelay, Optional<Leadership> leadership, Duration resumeIdle) {
        this.runs = runs;
        this.schedule = schedule;
        this.clock = clock;
        this.tick = tick;
        this.firstRedeliveryDelay = firstRedeliveryDelay;
        this.leadership = leadership;
        this.resumeIdle = resumeIdle;
    }

    @Override
    public void configure() {
        // retried where it failed: a failed execute is not proposed again, and executing twice sends nothing twice
        new RetryThenLog(FAILURE_LOG, MAX_REDELIVERIES, firstRedeliveryDelay, MAX_REDELIVERY_DELAY).applyTo(this);

        FencedExecution execution = new FencedExecution(runs, leadership);
        long tickMillis = tick.toMillis();
        RouteDefinition scheduleRoute = from("timer:arrears-dunning-schedule?fixedRate=false&period=" + tickMillis + "&delay=" + tickMillis)
                .routeId(SCHEDULE)
                .autoStartup(schedule.enabled());
        if (schedule.enabled()) {
            singleton(scheduleRoute);
        }
        scheduleRoute
                .process(new DailyRunTrigger(runs, schedule, clock)).id("DailyRunTrigger")
                .filter(body().isNotNull())
                    .to(RUN_ENDPOINT)
                .end();

        from(RUN_ENDPOINT)
                .routeId(RUN)
                .process(new ProposeRun(runs)).id("ProposeRun")
                .filter(constant(schedule.execute()))
                    .process(new ExecuteRun(execution)).id("ExecuteRun")
                .end();

        // also with the daily schedule off: a run a manager executed by hand is finished after a crash
        RouteDefinition resumeRoute = from("timer:arrears-dunning-resume?fixedRate=false&period=" + tickMillis + "&delay=" + tickMillis)
                .routeId(RESUME);
        singleton(resumeRoute);
        resumeRoute.process(new ResumeInterruptedRuns(runs, execution, resumeIdle)).id("ResumeInterruptedRuns");
    }

    private void singleton(RouteDefinition route) {
        if (leadership.isPresent()) {
            try {
                route.routePolicy(ClusteredRoutePolicy.forNamespace(getContext(), Leadership.DUNNING));
            } catch (Exception e) {
                throw new IllegalStateException("no cluster service for '" + Leadership.DUNNING + "' in the CamelContext", e);
            }
        }
    }
}
