package io.arrears.core.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** One published exchange rate: on {@code date}, one unit of the base currency cost {@code rate} of the quote currency. */
public record ExchangeRateRow(LocalDate date, BigDecimal rate, String source) {

    public ExchangeRateRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate " + rate.toPlainString() + " on " + date + " must be positive");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is empty for the rate of " + date + ": every rate needs its publication (e.g. the NBP table number)");
        }
    }

    /** A row whose source starts with "unverified" was not confirmed against a publication and is never used. */
    public boolean verified() {
        return !source.strip().toLowerCase(Locale.ROOT).startsWith("unverified");
    }
}
