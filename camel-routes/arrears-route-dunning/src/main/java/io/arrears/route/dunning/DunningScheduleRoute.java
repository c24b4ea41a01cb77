package io.arrears.route.dunning;

import io.arrears.api.dunning.DunningRunService;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.RoutesBuilder;
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
    static final String RUN_ENDPOINT = "direct:arrears-dunning-run";
    static final String DEAD_LETTER = "log:io.arrears.route.dunning.failed?level=ERROR&showCaughtException=true&showStackTrace=true";
    static final int MAX_REDELIVERIES = 4;
    static final Duration MAX_REDELIVERY_DELAY = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(DunningScheduleRoute.class);

    private final DunningRunService runs;
    private final DunningSchedule schedule;
    private final Clock clock;
    private final Duration tick;
    private final Duration firstRedeliveryDelay;

    @Activate
    public DunningScheduleRoute(DunningScheduleConfig config, @Reference DunningRunService runs) {
        this(runs, DunningSchedule.from(config), Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofSeconds(30));
        LOG.info("Dunning schedule: {} at {} {}, {}", schedule.enabled() ? "daily" : "disabled", schedule.runTime(),
                schedule.zone(), schedule.execute() ? "propose and execute" : "propose only");
    }

    public DunningScheduleRoute(DunningRunService runs, DunningSchedule schedule, Clock clock, Duration tick,
            Duration firstRedeliveryDelay) {
        this.runs = runs;
        this.schedule = schedule;
        this.clock = clock;
        this.tick = tick;
        this.firstRedeliveryDelay = firstRedeliveryDelay;
    }

    @Override
    public void configure() {
        // retried where it failed: a failed execute is not proposed again, and executing twice sends nothing twice
        errorHandler(deadLetterChannel(DEAD_LETTER)
                .maximumRedeliveries(MAX_REDELIVERIES)
                .redeliveryDelay(firstRedeliveryDelay.toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(MAX_REDELIVERY_DELAY.toMillis())
                .logExhaustedMessageHistory(false));

        long tickMillis = tick.toMillis();
        from("timer:arrears-dunning-schedule?fixedRate=false&period=" + tickMillis + "&delay=" + tickMillis)
                .routeId(SCHEDULE)
                .autoStartup(schedule.enabled())
                .process(new DailyRunTrigger(runs, schedule, clock)).id("DailyRunTrigger")
                .filter(body().isNotNull())
                    .to(RUN_ENDPOINT)
                .end();

        from(RUN_ENDPOINT)
                .routeId(RUN)
                .process(new ProposeRun(runs)).id("ProposeRun")
                .filter(constant(schedule.execute()))
                    .process(new ExecuteRun(runs)).id("ExecuteRun")
                .end();
    }
}
