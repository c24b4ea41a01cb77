package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * An external credit score imported from the ERP or a bureau. Scales differ (some count higher as
 * better, some lower), so the score carries the value of its worst and its best grade.
 */
public record CreditScore(String provider, BigDecimal value, BigDecimal worst, BigDecimal best, LocalDate asOf) {

    public CreditScore {
        Checks.text(provider, "CreditScore", "provider");
        Checks.present(value, "CreditScore", "value");
        Checks.present(worst, "CreditScore", "worst");
        Checks.present(best, "CreditScore", "best");
        Checks.present(asOf, "CreditScore", "asOf");
        if (worst.compareTo(best) == 0) {
            throw new IllegalArgumentException("CreditScore.worst and best must differ, both were " + worst);
        }
        BigDecimal low = worst.min(best);
        BigDecimal high = worst.max(best);
        if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
            throw new IllegalArgumentException(
                    "CreditScore.value " + value + " lies outside the scale " + worst + ".." + best + " of " + provider);
        }
    }

    /** The score on a common scale: 0 = worst grade, 1 = best grade (4 decimals). */
    public BigDecimal normalised() {
        return value.subtract(worst).divide(best.subtract(worst), 4, RoundingMode.HALF_UP);
    }
}
