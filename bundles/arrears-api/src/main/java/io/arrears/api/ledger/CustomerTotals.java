package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A customer's open claims summed per currency at a date, as the read model computes them in the database: what a list
 * needs about a customer without reading its single claims.
 *
 * @param positions         one per currency with open claims or credit, by currency code
 * @param openClaims        the number of open claims
 * @param oldestOpenDueDate due date of the oldest open claim
 */
public record CustomerTotals(String customerId, List<CurrencyPosition> positions, int openClaims,
        Optional<LocalDate> oldestOpenDueDate) {

    public CustomerTotals {
        Checks.text(customerId, "CustomerTotals", "customerId");
        positions = Checks.list(positions, "CustomerTotals", "positions");
        oldestOpenDueDate = Checks.optional(oldestOpenDueDate);
        if (openClaims < 0 || (openClaims == 0) != oldestOpenDueDate.isEmpty()) {
            throw new IllegalArgumentException("CustomerTotals " + customerId + ": " + openClaims
                    + " open claims and oldest due date " + oldestOpenDueDate + " do not fit together");
        }
    }
}
