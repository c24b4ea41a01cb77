package io.arrears.route.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When the daily check is due: once a day after the run time. Repeating the check changes nothing (the store keeps
 * one notification per policy, buyer and item set), so after a restart it simply runs again.
 */
public final class InsurerCheckSchedule {

    private final boolean enabled;
    private final LocalTime runTime;
    private final ZoneId zone;
    private final int warningDays;
    private final Clock clock;
    private final AtomicReference<LocalDate> lastRun = new AtomicReference<>();

    public InsurerCheckSchedule(boolean enabled, LocalTime runTime, ZoneId zone, int warningDays, Clock clock) {
        if (warningDays < 0 || warningDays > 365) {
            throw new IllegalArgumentException("warning.days must be 0 to 365, was " + warningDays);
        }
        this.enabled = enabled;
        this.runTime = runTime;
        this.zone = zone;
        this.warningDays = warningDays;
        this.clock = clock;
    }

    public static InsurerCheckSchedule from(InsurerCheckConfig config, Clock clock) {
        return new InsurerCheckSchedule(config.enabled(), LocalTime.parse(config.run_time().strip()), ZoneId.of(config.zone().strip()),
                config.warning_days(), clock);
    }

    public boolean enabled() {
        return enabled;
    }

    public int warningDays() {
        return warningDays;
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** Today's date when the check is due now and has not run today on this node; marks it as run. */
    public Optional<LocalDate> due() {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(runTime) || today.equals(lastRun.get())) {
            return Optional.empty();
        }
        lastRun.set(today);
        return Optional.of(today);
    }

    /** Forget today's run after a failure, so the next tick tries again. */
    public void failed(LocalDate date) {
        lastRun.compareAndSet(date, null);
    }
}
