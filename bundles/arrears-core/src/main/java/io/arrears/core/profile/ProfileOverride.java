package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A collector's decision that a debtor is of another type than suggested, with the reason (which
 * also goes to the contact log) and a snapshot of the evidence at that moment, so that a later
 * material change of evidence can be recognised.
 */
public record ProfileOverride(
        BehaviourType type,
        String reason,
        String overriddenBy,
        Instant at,
        BehaviourType suggestedAtOverride,
        double confidenceAtOverride,
        Map<Signal, Double> signalsAtOverride) {

    public ProfileOverride {
        Objects.requireNonNull(type, "type");
        if (!type.isKnown()) {
            throw new IllegalArgumentException("an override must name one of the eight behaviour types, not UNKNOWN");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason (it is kept in the contact log)");
        }
        if (overriddenBy == null || overriddenBy.isBlank()) {
            throw new IllegalArgumentException("overriddenBy must name the collector");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(suggestedAtOverride, "suggestedAtOverride");
        Objects.requireNonNull(signalsAtOverride, "signalsAtOverride");
        signalsAtOverride = signalsAtOverride.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(signalsAtOverride));
    }

    /** Overrides {@code current} (the suggestion the collector saw) and keeps its evidence as the snapshot. */
    public static ProfileOverride of(BehaviourType type, String reason, String overriddenBy, Instant at,
                                     BehaviourSuggestion current) {
        return new ProfileOverride(type, reason, overriddenBy, at, current.type(), current.confidence(),
                current.signalValues());
    }
}
