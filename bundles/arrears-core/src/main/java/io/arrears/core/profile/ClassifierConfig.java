package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Thresholds and weights of the behaviour classifier; bundled default {@value #RESOURCE}.
 *
 * @param minObservations            fewer observations (paid invoices + contacts attempted + promises
 *                                   made) than this and the suggestion is UNKNOWN
 * @param fullConfidenceObservations from this many observations on, evidence no longer lowers confidence
 * @param minTopScore                the best type's normalised score (0..1) must reach this, else UNKNOWN
 * @param minMargin                  the best type must lead the runner-up by this much, else UNKNOWN
 * @param rules                      the scoring table per type (every known type, never UNKNOWN)
 * @param overrideRelease            when a collector's override stops being respected
 */
public record ClassifierConfig(
        int minObservations,
        int fullConfidenceObservations,
        double minTopScore,
        double minMargin,
        Map<BehaviourType, List<ScoringRule>> rules,
        OverrideReleasePolicy overrideRelease) {

    public static final String RESOURCE = "classifier.json";

    public ClassifierConfig {
        if (minObservations < 1) {
            throw new IllegalArgumentException("minObservations must be at least 1, got " + minObservations);
        }
        if (fullConfidenceObservations < minObservations) {
            throw new IllegalArgumentException("fullConfidenceObservations (" + fullConfidenceObservations
                    + ") must not be below minObservations (" + minObservations + ")");
        }
        if (!(minTopScore > 0 && minTopScore <= 1)) {
            throw new IllegalArgumentException("minTopScore must be in (0, 1], got " + minTopScore);
        }
        if (!(minMargin >= 0 && minMargin < 1)) {
            throw new IllegalArgumentException("minMargin must be in [0, 1), got " + minMargin);
        }
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(overrideRelease, "overrideRelease");
        EnumMap<BehaviourType, List<ScoringRule>> copy = new EnumMap<>(BehaviourType.class);
        for (BehaviourType type : BehaviourType.values()) {
            List<ScoringRule> typeRules = rules.get(type);
            if (!type.isKnown()) {
                if (typeRules != null) {
                    throw new IllegalArgumentException("rules: UNKNOWN is the absence of a type and takes no rules");
                }
                continue;
            }
            if (typeRules == null || typeRules.stream().noneMatch(r -> r.weight() > 0)) {
                throw new IllegalArgumentException("rules." + type + " needs at least one rule with a positive weight");
            }
            copy.put(type, List.copyOf(typeRules));
        }
        rules = Collections.unmodifiableMap(copy);
    }

    public static ClassifierConfig bundledDefault() {
        return ConfigJson.bundled(RESOURCE, ClassifierConfig.class);
    }

    public static ClassifierConfig load(Path path) {
        return ConfigJson.read(path, ClassifierConfig.class);
    }

    /** The most a type can score: the sum of its positive weights. */
    double maxScore(BehaviourType type) {
        return rules.get(type).stream().mapToDouble(ScoringRule::weight).filter(w -> w > 0).sum();
    }
}
