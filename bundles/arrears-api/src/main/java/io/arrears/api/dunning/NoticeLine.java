package io.arrears.api.dunning;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a notice with its residual (never the original amount) and the notice it follows.
 *
 * @param daysOverdue    days from the due date to the run date; negative for a reminder before the due date
 * @param previousNotice the item's last executed notice when the notice was proposed
 */
public record NoticeLine(String itemId, String documentNumber, LocalDate dueDate, Money residual, int daysOverdue,
        Optional<NoticeMark> previousNotice) {

    public NoticeLine {
        Objects.requireNonNull(itemId, "NoticeLine.itemId");
        Objects.requireNonNull(documentNumber, "NoticeLine.documentNumber");
        Objects.requireNonNull(dueDate, "NoticeLine.dueDate");
        Objects.requireNonNull(residual, "NoticeLine.residual");
        Objects.requireNonNull(previousNotice, "NoticeLine.previousNotice");
    }
}
