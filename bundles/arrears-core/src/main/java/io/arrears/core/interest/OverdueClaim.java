package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** An invoice's principal that fell due on {@code dueDate}; the currency is the principal's. */
public record OverdueClaim(String invoiceReference, Money principal, LocalDate dueDate) {

    public OverdueClaim {
        Objects.requireNonNull(invoiceReference, "invoiceReference");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(dueDate, "dueDate");
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("principal of " + invoiceReference + " must be positive, was " + principal);
        }
    }
}
