package io.arrears.api.agency;

import io.arrears.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A manager's approval of a placement, with what the manager was shown.
 *
 * @param relationshipValue invoiced revenue with the customer over the 24 months before the approval, per currency
 * @param debt              the placed items' outstanding amounts at approval, per currency
 */
public record Approval(String approvedBy, Instant approvedAt, List<Money> relationshipValue, List<Money> debt) {

    public Approval {
        NewPlacement.requireText("approvedBy", approvedBy);
        Objects.requireNonNull(approvedAt, "Approval.approvedAt");
        relationshipValue = List.copyOf(relationshipValue);
        debt = List.copyOf(debt);
    }
}
