package io.arrears.rest.internal;

import io.arrears.api.health.ComponentHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON body of the health endpoint: overall status, product version, one entry per component. */
public record HealthReport(ComponentHealth.Status status, String version, Map<String, ComponentHealth> components) {

    /** Overall UP only when every component is UP; a product with no database is not healthy. */
    static HealthReport of(String version, List<ComponentHealth> checks) {
        Map<String, ComponentHealth> byName = new TreeMap<>();
        checks.stream().sorted(Comparator.comparing(ComponentHealth::component)).forEach(c -> byName.put(c.component(), c));
        boolean allUp = !checks.isEmpty() && checks.stream().allMatch(c -> c.status() == ComponentHealth.Status.UP);
        return new HealthReport(allUp ? ComponentHealth.Status.UP : ComponentHealth.Status.DOWN, version, byName);
    }
}
