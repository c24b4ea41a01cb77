package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.List;

/**
 * A customer's position in the persisted read model: the open claims (in the order recorded) and the unused credit per
 * currency. It does not depend on a date; overdue amounts and aging are derived from the due dates at any as-of date.
 */
public record CustomerProjection(String customerId, List<ProjectedClaim> openClaims, List<Money> credits) {

    public CustomerProjection {
        Checks.text(customerId, "CustomerProjection", "customerId");
        openClaims = Checks.list(openClaims, "CustomerProjection", "openClaims");
        credits = Checks.list(credits, "CustomerProjection", "credits");
    }
}
