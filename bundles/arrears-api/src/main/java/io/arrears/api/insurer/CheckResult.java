package io.arrears.api.insurer;

import java.time.LocalDate;
import java.util.List;

/** What one insurer check did: notifications created now and the alarms as they stand. */
public record CheckResult(LocalDate asOf, List<Notification> created, List<InsurerAlarm> alarms) {

    public CheckResult {
        created = List.copyOf(created);
        alarms = List.copyOf(alarms);
    }
}
