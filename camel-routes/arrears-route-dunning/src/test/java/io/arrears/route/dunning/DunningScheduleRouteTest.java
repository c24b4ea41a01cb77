package io.arrears.route.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** The schedule in a real CamelContext, ticking every few milliseconds over a fake run service. */
class DunningScheduleRouteTest extends CamelTestSupport {

    private static final Duration TICK = Duration.ofMillis(5);

    private final FakeDunningRuns runs = new FakeDunningRuns();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T04:00:00Z"));

    @Override
    protected RoutesBuilder createRouteBuilder() {
        DunningSchedule schedule = new DunningSchedule(true, LocalTime.of(6, 0), ZoneId.of("Europe/Berlin"), true);
        return new DunningScheduleRoute(runs, schedule, clock, TICK, Duration.ofMillis(1));
    }

    @Test
    void proposesAndExecutesOncePerDay() {
        waitForTicks(5);
        assertThat(runs.proposed).isEmpty();

        clock.set(Instant.parse("2026-03-02T05:01:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.executed.size() == 1);
        waitForTicks(10);
        assertThat(runs.proposed).containsExactly(LocalDate.of(2026, 3, 2));
        assertThat(runs.executed).containsExactly(1L);

        clock.set(Instant.parse("2026-03-03T05:01:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.executed.size() == 2);
        waitForTicks(10);
        assertThat(runs.proposed).containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(runs.executed).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void aFailedProposalIsRetriedAndThenExecutedOnce() {
        runs.failNextProposals(2);
        clock.set(Instant.parse("2026-03-02T05:01:00Z"));

        await().atMost(Duration.ofSeconds(10)).until(() -> runs.executed.size() == 1);
        waitForTicks(10);
        assertThat(runs.proposed).hasSize(3).containsOnly(LocalDate.of(2026, 3, 2));
        assertThat(runs.executed).containsExactly(1L);
    }

    /** Waits until the trigger has read the clock this many more times (once per tick). */
    private void waitForTicks(int ticks) {
        int target = clock.reads.get() + ticks;
        await().atMost(Duration.ofSeconds(10)).until(() -> clock.reads.get() >= target);
    }

    /** A clock the test moves and whose reads it counts; read by the route's thread. */
    static final class MovableClock extends Clock {
        final AtomicInteger reads = new AtomicInteger();
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            reads.incrementAndGet();
            return now;
        }
    }
}
