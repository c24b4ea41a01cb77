package io.arrears.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.arrears.api.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What counts as a large open balance, per currency: an open balance equal to its threshold has
 * ratio 1.0. Used by the OPEN_BALANCE_RATIO signal (classifier, drift) and by the risk score.
 * Resource {@value #RESOURCE}: a JSON object of ISO 4217 code to amount as a string,
 * e.g. {@code {"EUR": "10000.00"}}.
 */
public record OpenBalanceThresholds(Map<String, BigDecimal> amounts) {

    static final String RESOURCE = "open-balance-thresholds.json";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OpenBalanceThresholds {
        Objects.requireNonNull(amounts, "amounts");
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        amounts.forEach((code, amount) -> {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("open-balance threshold: '" + code + "' is not an ISO 4217 currency code");
            }
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("open-balance threshold for " + code + " must be positive, got " + amount);
            }
            copy.put(code, amount);
        });
        amounts = Map.copyOf(copy);
    }

    public static OpenBalanceThresholds bundledDefault() {
        return ConfigJson.bundled(RESOURCE, OpenBalanceThresholds.class);
    }

    public static OpenBalanceThresholds load(Path path) {
        return ConfigJson.read(path, OpenBalanceThresholds.class);
    }

    /** Open balance divided by the threshold of its currency; refuses a currency without a threshold. */
    public double ratio(Money openBalance) {
        BigDecimal threshold = amounts.get(openBalance.currencyCode());
        if (threshold == null) {
            throw new IllegalArgumentException("no open-balance threshold configured for currency "
                    + openBalance.currencyCode() + " (configured: " + amounts.keySet() + ")");
        }
        return openBalance.amount().divide(threshold, MathContext.DECIMAL64).doubleValue();
    }
}
