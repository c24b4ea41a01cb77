package io.arrears.route.dunning;

import io.arrears.api.dunning.DunningRunService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Decides on every tick whether today's run is due: the run time has passed in the schedule's zone and
 * the database holds no run dated today. The database, not memory, answers "already run", so a restart
 * or a second node does not run the day twice. Sets the run date as body when due, no body otherwise.
 */
public class DailyRunTrigger implements Processor {

    /** Runs are listed newest first; today's run, if any, is among the latest few. */
    static final int RECENT_RUNS = 50;

    private final DunningRunService runs;
    private final DunningSchedule schedule;
    private final Clock clock;

    public DailyRunTrigger(DunningRunService runs, DunningSchedule schedule, Clock clock) {
        this.runs = runs;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Today's date in the schedule's zone when its run is due now. */
    public Optional<LocalDate> dueRunDate() {
        ZonedDateTime now = clock.instant().atZone(schedule.zone());
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(schedule.runTime())) {
            return Optional.empty();
        }
        boolean alreadyRun = runs.runs(RECENT_RUNS).stream().anyMatch(run -> run.runDate().equals(today));
        return alreadyRun ? Optional.empty() : Optional.of(today);
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody(dueRunDate().orElse(null));
    }
}
