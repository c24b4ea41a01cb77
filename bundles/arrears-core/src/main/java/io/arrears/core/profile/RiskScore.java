package io.arrears.core.profile;

import java.util.List;
import java.util.stream.Collectors;

/** Early-warning risk 0 (no concern) to 100, with every factor that went into it. */
public record RiskScore(int score, List<RiskFactor> factors) {

    public RiskScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("risk score must be 0..100, got " + score);
        }
        factors = List.copyOf(factors);
    }

    /** E.g. {@code "62/100: BROKEN_PROMISES 14/20 (...); ..."}, largest contributions first. */
    public String explain() {
        return score + "/100: " + factors.stream()
                .sorted((a, b) -> Double.compare(b.points(), a.points()))
                .map(RiskFactor::toString)
                .collect(Collectors.joining("; "));
    }
}
