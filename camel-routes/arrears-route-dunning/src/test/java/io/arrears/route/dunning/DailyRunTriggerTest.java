package io.arrears.route.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DailyRunTriggerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DunningSchedule SIX_IN_BERLIN = new DunningSchedule(true, LocalTime.of(6, 0), BERLIN, true);

    private static DailyRunTrigger at(String instant, FakeDunningRuns runs, DunningSchedule schedule) {
        return new DailyRunTrigger(runs, schedule, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void beforeTheRunTimeNothingIsDue() {
        // 05:59 in Berlin (CET, UTC+1)
        assertThat(at("2026-03-02T04:59:00Z", new FakeDunningRuns(), SIX_IN_BERLIN).dueRunDate()).isEmpty();
    }

    @Test
    void afterTheRunTimeWithoutARunTodayTodayIsDue() {
        assertThat(at("2026-03-02T05:00:00Z", new FakeDunningRuns(), SIX_IN_BERLIN).dueRunDate())
                .contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aStoredRunDatedTodayMeansNotDue() {
        FakeDunningRuns runs = FakeDunningRuns.withRunOn(LocalDate.of(2026, 3, 2));

        assertThat(at("2026-03-02T15:00:00Z", runs, SIX_IN_BERLIN).dueRunDate()).isEmpty();
    }

    @Test
    void yesterdaysRunDoesNotCountForToday() {
        FakeDunningRuns runs = FakeDunningRuns.withRunOn(LocalDate.of(2026, 3, 1));

        assertThat(at("2026-03-02T15:00:00Z", runs, SIX_IN_BERLIN).dueRunDate()).contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theDateIsTheScheduleZonesDateAcrossUtcMidnight() {
        DunningSchedule quarterPastMidnight = new DunningSchedule(true, LocalTime.of(0, 15), BERLIN, true);

        // 23:30 UTC on 1 March is 00:30 on 2 March in Berlin
        assertThat(at("2026-03-01T23:30:00Z", new FakeDunningRuns(), quarterPastMidnight).dueRunDate())
                .contains(LocalDate.of(2026, 3, 2));
        // 23:10 UTC is 00:10 in Berlin: before the run time of the new day
        assertThat(at("2026-03-01T23:10:00Z", FakeDunningRuns.withRunOn(LocalDate.of(2026, 3, 1)), quarterPastMidnight)
                .dueRunDate()).isEmpty();
    }

    @Test
    void theRunTimeIsReadInTheScheduleZone() {
        // 05:30 UTC: 06:30 in Berlin (due), 05:30 in UTC (not yet)
        assertThat(at("2026-03-02T05:30:00Z", new FakeDunningRuns(), SIX_IN_BERLIN).dueRunDate()).isPresent();
        DunningSchedule sixUtc = new DunningSchedule(true, LocalTime.of(6, 0), ZoneOffset.UTC, true);
        assertThat(at("2026-03-02T05:30:00Z", new FakeDunningRuns(), sixUtc).dueRunDate()).isEmpty();
    }

    @Test
    void summerTimeShiftsTheUtcInstant() {
        // CEST (UTC+2): 04:00 UTC is 06:00 in Berlin
        assertThat(at("2026-07-01T03:59:00Z", new FakeDunningRuns(), SIX_IN_BERLIN).dueRunDate()).isEmpty();
        assertThat(at("2026-07-01T04:00:00Z", new FakeDunningRuns(), SIX_IN_BERLIN).dueRunDate())
                .contains(LocalDate.of(2026, 7, 1));
    }
}
