package io.arrears.api.health;

import java.util.Map;
import java.util.Objects;

/** The state of one part of Arrears, with operator-readable details (e.g. database kind, Camel status). */
public record ComponentHealth(String component, Status status, Map<String, String> details) {

    public enum Status { UP, DOWN }

    public ComponentHealth {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(status, "status");
        details = Map.copyOf(details);
    }

    public static ComponentHealth up(String component, Map<String, String> details) {
        return new ComponentHealth(component, Status.UP, details);
    }

    public static ComponentHealth down(String component, String reason) {
        return new ComponentHealth(component, Status.DOWN, Map.of("reason", reason));
    }
}
