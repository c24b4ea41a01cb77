package io.arrears.core.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One period of a published reference rate: valid from {@code validFrom} to {@code validTo}, both inclusive,
 * at {@code ratePercent} per year (e.g. {@code 3.62} for 3.62 %), with where it was published.
 */
public record RateRow(LocalDate validFrom, LocalDate validTo, BigDecimal ratePercent, String source) {

    public RateRow {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(source, "source");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is empty for the row from " + validFrom + ": every rate needs a publication or the word 'unverified'");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** A row whose source starts with "unverified" was not confirmed against a publication. */
    public boolean verified() {
        return !source.strip().toLowerCase(Locale.ROOT).startsWith("unverified");
    }
}
