package io.arrears.core.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * When a collector's override stops being respected: the evidence changed materially since the
 * override was made, meaning either
 * <ul>
 *   <li>the system now suggests a different known type than at override time (and not the overridden
 *       type) with confidence at least {@code minConfidence}, or</li>
 *   <li>a signal listed in {@code signalChanges} moved by at least its amount (absolute difference)
 *       since the override snapshot, e.g. one more broken promise, ten more days late on average.</li>
 * </ul>
 */
public record OverrideReleasePolicy(double minConfidence, Map<Signal, Double> signalChanges) {

    public OverrideReleasePolicy {
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("overrideRelease.minConfidence must be in (0, 1], got " + minConfidence);
        }
        Objects.requireNonNull(signalChanges, "overrideRelease.signalChanges");
        EnumMap<Signal, Double> copy = new EnumMap<>(Signal.class);
        signalChanges.forEach((signal, delta) -> {
            if (delta == null || !(delta > 0) || delta.isInfinite()) {
                throw new IllegalArgumentException("overrideRelease.signalChanges." + signal + " must be a positive number, got " + delta);
            }
            copy.put(signal, delta);
        });
        signalChanges = Collections.unmodifiableMap(copy);
    }
}
