package io.arrears.core.dunning;

import io.arrears.api.money.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item in a proposal, with its residual (never the original amount) and the notice it
 * follows, so the execution re-check can see whether anything moved since.
 */
public record ProposedItem(
        String itemId,
        String documentNumber,
        LocalDate dueDate,
        Money residual,
        Optional<LastNotice> previousNotice) {

    public ProposedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(previousNotice, "previousNotice");
    }
}
