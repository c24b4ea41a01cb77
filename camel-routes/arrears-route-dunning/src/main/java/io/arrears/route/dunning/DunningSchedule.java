package io.arrears.route.dunning;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The checked schedule: from when the day's run is due, in which zone, and whether it executes. */
public record DunningSchedule(boolean enabled, LocalTime runTime, ZoneId zone, boolean execute) {

    public DunningSchedule {
        Objects.requireNonNull(runTime, "DunningSchedule.runTime");
        Objects.requireNonNull(zone, "DunningSchedule.zone");
    }

    public static DunningSchedule from(DunningScheduleConfig config) {
        return new DunningSchedule(config.enabled(), runTime(config.run_time()), zone(config.zone()), config.execute());
    }

    static LocalTime runTime(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(DunningScheduleConfig.PID + ": run.time must be HH:mm (e.g. 06:00), was '"
                    + text + "'", e);
        }
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(DunningScheduleConfig.PID + ": zone must be a time zone id "
                    + "(e.g. Europe/Berlin), was '" + text + "'", e);
        }
    }
}
