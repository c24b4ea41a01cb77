package io.arrears.rest.internal;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.health.HealthContributor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON body of the health endpoint: overall status, product version, one entry per component, and the business
 * {@code alarms} (component → level WARN or ALARM). Alarms never change the status: the endpoint is a liveness and
 * load-balancer probe, and a missed insurer deadline is no reason to take a working node out of rotation.
 */
public record HealthReport(ComponentHealth.Status status, String version, Map<String, ComponentHealth> components,
        Map<String, String> alarms) {

    /** Overall UP only when every component is UP; a product with no database is not healthy. */
    static HealthReport of(String version, List<ComponentHealth> checks) {
        Map<String, ComponentHealth> byName = new TreeMap<>();
        Map<String, String> alarms = new TreeMap<>();
        checks.stream().sorted(Comparator.comparing(ComponentHealth::component)).forEach(c -> {
            byName.put(c.component(), c);
            String level = c.details().get(HealthContributor.LEVEL);
            if (HealthContributor.ALARM.equals(level) || HealthContributor.WARN.equals(level)) {
                alarms.put(c.component(), level);
            }
        });
        boolean allUp = !checks.isEmpty() && checks.stream().allMatch(c -> c.status() == ComponentHealth.Status.UP);
        return new HealthReport(allUp ? ComponentHealth.Status.UP : ComponentHealth.Status.DOWN, version, byName, alarms);
    }
}
