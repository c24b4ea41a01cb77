package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;

/** An open claim as the read model keeps it: what is still owed and when it fell (or falls) due. */
public record ProjectedClaim(String itemId, LocalDate dueDate, Money outstanding) {

    public ProjectedClaim {
        Checks.text(itemId, "ProjectedClaim", "itemId");
        Checks.present(dueDate, "ProjectedClaim", "dueDate");
        Checks.present(outstanding, "ProjectedClaim", "outstanding");
    }
}
