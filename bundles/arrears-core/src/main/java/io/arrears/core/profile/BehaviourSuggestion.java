package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the classifier suggests for one debtor, and why.
 *
 * @param type         the suggested type, UNKNOWN when evidence is thin or no type is clearly ahead
 * @param confidence   0..1 (0 for UNKNOWN)
 * @param explanation  the rules that fired for the suggested type (for UNKNOWN: for the best candidate)
 * @param scores       normalised score 0..1 of every known type
 * @param signalValues the signal values seen (kept so an override can later tell what changed)
 * @param summary      one sentence for the collector
 */
public record BehaviourSuggestion(
        BehaviourType type,
        double confidence,
        List<Evidence> explanation,
        Map<BehaviourType, Double> scores,
        Map<Signal, Double> signalValues,
        String summary) {

    public BehaviourSuggestion {
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        explanation = List.copyOf(explanation);
        scores = scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scores));
        signalValues = signalValues.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(signalValues));
        Objects.requireNonNull(summary, "summary");
    }

    /** The signals that decided the suggestion: those whose rules fired with a positive contribution. */
    public Set<Signal> decidingSignals() {
        return explanation.stream()
                .filter(e -> e.contribution() > 0)
                .map(Evidence::signal)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Signal.class)));
    }
}
