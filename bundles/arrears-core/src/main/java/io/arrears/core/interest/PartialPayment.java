package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Money credited against the principal on {@code date} (after the ledger applied credit notes and allocation). */
public record PartialPayment(LocalDate date, Money amount) {

    public PartialPayment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("payment on " + date + " must be positive, was " + amount);
        }
    }
}
