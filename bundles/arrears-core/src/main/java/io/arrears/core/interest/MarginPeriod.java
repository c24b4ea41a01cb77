package io.arrears.core.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The statutory points added to the reference rate from {@code validFrom} (inclusive) until the next period starts. */
public record MarginPeriod(LocalDate validFrom, BigDecimal points, String legalBasis) {

    public MarginPeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
