package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Statutory interest accrued on one claim up to an as-of date.
 *
 * @param interest   the total, rounded once HALF_UP at the currency scale
 * @param unrounded  the exact sum of the segments (DECIMAL128)
 * @param segments   the statement lines
 */
public record InterestComputation(Money interest, BigDecimal unrounded, List<InterestSegment> segments) {

    public InterestComputation {
        segments = List.copyOf(segments);
    }

    /** True when any rate used came from a row marked "unverified": show a warning before claiming it. */
    public boolean usesUnverifiedRates() {
        return segments.stream().anyMatch(s -> !s.reference().verified());
    }
}
