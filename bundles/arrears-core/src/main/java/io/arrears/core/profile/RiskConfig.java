package io.arrears.core.profile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Weights of the early-warning risk score; bundled default {@value #RESOURCE}. Each factor earns
 * {@code pointsPerUnit} per unit of its measure, capped at {@code maxPoints}; the caps of all factors
 * add up to at most 100. Units: UNPAID_INVOICES an invoice; OPEN_BALANCE one open-balance threshold
 * (see {@link OpenBalanceThresholds}); DAYS_LATE_TREND a day slower (recent vs earlier); BROKEN_PROMISES
 * a broken promise; EXCUSES an excuse logged; EXTERNAL_SCORE the whole shortfall (100 - score) / 100; DRIFT a measure
 * on which the customer departs from their own history.
 */
public record RiskConfig(Map<RiskFactor.Kind, Weight> factors) {

    static final String RESOURCE = "risk-score.json";

    public record Weight(double pointsPerUnit, double maxPoints) {
        public Weight {
            if (!(pointsPerUnit >= 0) || Double.isInfinite(pointsPerUnit)) {
                throw new IllegalArgumentException("pointsPerUnit must be a non-negative number, got " + pointsPerUnit);
            }
            if (!(maxPoints >= 0 && maxPoints <= 100)) {
                throw new IllegalArgumentException("maxPoints must be in [0, 100], got " + maxPoints);
            }
        }
    }

    public RiskConfig {
        Objects.requireNonNull(factors, "factors");
        EnumMap<RiskFactor.Kind, Weight> copy = new EnumMap<>(RiskFactor.Kind.class);
        for (RiskFactor.Kind kind : RiskFactor.Kind.values()) {
            Weight weight = factors.get(kind);
            if (weight == null) {
                throw new IllegalArgumentException("factors." + kind + " is missing (set maxPoints 0 to switch it off)");
            }
            copy.put(kind, weight);
        }
        double total = copy.values().stream().mapToDouble(Weight::maxPoints).sum();
        if (total > 100) {
            throw new IllegalArgumentException("the factors' maxPoints add up to " + total + ", more than 100");
        }
        factors = Collections.unmodifiableMap(copy);
    }

    public static RiskConfig bundledDefault() {
        return ConfigJson.bundled(RESOURCE, RiskConfig.class);
    }

    public static RiskConfig load(Path path) {
        return ConfigJson.read(path, RiskConfig.class);
    }
}
