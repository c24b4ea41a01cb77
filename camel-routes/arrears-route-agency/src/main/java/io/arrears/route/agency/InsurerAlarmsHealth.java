package io.arrears.route.agency;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.health.HealthContributor;
import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.api.insurer.InsurerService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Health component {@code insurer}, always UP: a missed deadline is a business alarm, not a broken node (the health
 * endpoint is a liveness and load-balancer probe). {@code level=ALARM} while any insured item's notification deadline
 * is missed (cover may be void), {@code level=WARN} while deadlines approach or notifications wait for acknowledgement,
 * {@code level=OK} otherwise, with the count per alarm kind. The dashboard and the gauge
 * {@code arrears_insurer_missed_deadlines} show the same alarms.
 */
@Component(service = HealthContributor.class, configurationPid = InsurerCheckConfig.PID)
// same configuration as the check route (its @Designate describes it)
public class InsurerAlarmsHealth implements HealthContributor {

    static final String COMPONENT = "insurer";

    private final InsurerService insurers;
    private final InsurerCheckSchedule schedule;

    @Activate
    public InsurerAlarmsHealth(InsurerCheckConfig config, @Reference InsurerService insurers) {
        this(insurers, InsurerCheckSchedule.from(config, Clock.systemUTC()));
    }

    public InsurerAlarmsHealth(InsurerService insurers, InsurerCheckSchedule schedule) {
        this.insurers = insurers;
        this.schedule = schedule;
    }

    @Override
    public ComponentHealth check() {
        List<InsurerAlarm> alarms;
        try {
            alarms = insurers.alarms(schedule.today(), schedule.warningDays());
        } catch (RuntimeException e) {
            // the database component reports a broken store; this part only says it cannot tell
            return ComponentHealth.up(COMPONENT, Map.of(LEVEL, "UNKNOWN", "reason", "alarms cannot be read: " + e.getMessage()));
        }
        Map<String, String> details = new TreeMap<>();
        for (AlarmKind kind : AlarmKind.values()) {
            details.put(kind.name(), String.valueOf(alarms.stream().filter(a -> a.kind() == kind).count()));
        }
        boolean missed = alarms.stream().anyMatch(a -> a.kind() == AlarmKind.DEADLINE_MISSED);
        details.put(LEVEL, missed ? ALARM : alarms.isEmpty() ? OK : WARN);
        return ComponentHealth.up(COMPONENT, details);
    }
}
