package io.arrears.core.profile;

import java.util.Objects;

/**
 * One line of an explanation: a signal, the value observed, the rule that fired and what it added
 * to the type's normalised score (negative when it counted against the type).
 */
public record Evidence(Signal signal, double observed, String rule, double contribution, String why) {

    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(why, "why");
    }

    /** E.g. {@code "RESPONSE_RATE = 0.9 (rule RESPONSE_RATE >= 0.7, +0.2): answers contacts"}. */
    @Override
    public String toString() {
        String sign = contribution >= 0 ? "+" : "";
        return signal + " = " + Numbers.plain(observed) + " (rule " + rule + ", " + sign
                + Numbers.plain(contribution) + "): " + why;
    }
}
