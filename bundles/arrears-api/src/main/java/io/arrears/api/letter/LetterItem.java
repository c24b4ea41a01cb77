package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;

/**
 * One open document the notice is about. The letter states only {@code outstanding} (the residual
 * after payments and credit notes); {@code originalAmount} is kept for reconciliation and never printed.
 *
 * @param daysOverdue days past the due date on the letter date; zero or negative before it is due
 */
public record LetterItem(String documentNumber, LocalDate issueDate, LocalDate dueDate, Money originalAmount,
                         Money outstanding, int daysOverdue) {

    public LetterItem {
        Checks.text(documentNumber, "LetterItem", "documentNumber");
        Checks.present(issueDate, "LetterItem", "issueDate");
        Checks.present(dueDate, "LetterItem", "dueDate");
        Checks.present(originalAmount, "LetterItem", "originalAmount");
        Checks.present(outstanding, "LetterItem", "outstanding");
        if (!outstanding.isPositive()) {
            throw new IllegalArgumentException("LetterItem.outstanding of " + documentNumber
                    + " must be positive (a settled item is never dunned), was " + outstanding);
        }
        if (!outstanding.currency().equals(originalAmount.currency())) {
            throw new IllegalArgumentException("LetterItem " + documentNumber + ": outstanding " + outstanding
                    + " and originalAmount " + originalAmount + " are in different currencies");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("LetterItem " + documentNumber + ": dueDate " + dueDate
                    + " is before issueDate " + issueDate);
        }
    }
}
