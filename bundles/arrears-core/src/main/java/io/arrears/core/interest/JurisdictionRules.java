package io.arrears.core.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How statutory B2B late-payment interest is computed in one jurisdiction:
 * annual rate = max(reference rate, floor if any) + margin in force, fixed per half-year by {@link #fixing()},
 * simple interest per day with {@link #dayCount()}.
 *
 * <p>Common to all jurisdictions (documented choice, see {@link InterestCalculator}): interest runs from the day
 * after the due date; a payment stops interest on the paid part from the payment day itself.
 *
 * @param referenceFloor a floor on the reference rate, empty when the law has none (e.g. DE applies the negative
 *                       base rate of 2013–2022 as it is: -0.88 + 9 = 8.12 %)
 * @param notes          the legal basis and the choices made, for display and review
 */
public record JurisdictionRules(
        Jurisdiction jurisdiction,
        List<MarginPeriod> margins,
        FixingRule fixing,
        DayCount dayCount,
        Optional<BigDecimal> referenceFloor,
        String notes) {

    public JurisdictionRules {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(fixing, "fixing");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(referenceFloor, "referenceFloor");
        Objects.requireNonNull(notes, "notes");
        if (margins == null || margins.isEmpty()) {
            throw new IllegalArgumentException(jurisdiction + ": at least one margin period is required");
        }
        margins = margins.stream().sorted(Comparator.comparing(MarginPeriod::validFrom)).toList();
    }

    /** The margin in force on {@code day}; refused before the first period, since the rule did not exist. */
    public BigDecimal marginOn(LocalDate day) {
        MarginPeriod found = null;
        for (MarginPeriod period : margins) {
            if (!period.validFrom().isAfter(day)) {
                found = period;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(jurisdiction + " has no statutory margin before " + margins.get(0).validFrom() + " (asked for " + day + ")");
        }
        return found.points();
    }

    /** Dates (after the first period) on which the margin changes: a segment boundary for the calculator. */
    public List<LocalDate> marginChangeDates() {
        return margins.stream().skip(1).map(MarginPeriod::validFrom).toList();
    }

    public BigDecimal annualRatePercent(BigDecimal referencePercent, LocalDate day) {
        BigDecimal reference = referenceFloor.map(floor -> floor.max(referencePercent)).orElse(referencePercent);
        return reference.add(marginOn(day));
    }
}
