package io.arrears.core.profile;

import java.util.Objects;

/**
 * One row of a behaviour type's scoring table: when {@code signal} compares to {@code threshold} as
 * {@code comparison} says, the rule fires and adds {@code weight} to the type's score. A negative
 * weight counts against the type (e.g. a broken promise against COOPERATIVE).
 *
 * @param why the practitioner's reading of the signal, shown in explanations
 */
public record ScoringRule(Signal signal, Comparison comparison, double threshold, double weight, String why) {

    public enum Comparison {
        AT_LEAST(">="), AT_MOST("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(double observed, double threshold) {
            return this == AT_LEAST ? observed >= threshold : observed <= threshold;
        }
    }

    public ScoringRule {
        Objects.requireNonNull(signal, "rule signal");
        Objects.requireNonNull(comparison, "rule comparison of " + signal);
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("rule on " + signal + ": threshold must be a finite number, got " + threshold);
        }
        if (!Double.isFinite(weight) || weight == 0) {
            throw new IllegalArgumentException("rule on " + signal + ": weight must be a non-zero number, got " + weight);
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("rule on " + signal + ": 'why' must say what the signal means for the type");
        }
    }

    public boolean firesOn(double observed) {
        return comparison.holds(observed, threshold);
    }

    /** E.g. {@code "RESPONSE_RATE >= 0.7"}. */
    public String describe() {
        return signal + " " + comparison.symbol + " " + Numbers.plain(threshold);
    }
}
