package io.arrears.api.agency;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What a manager sees before approving: the debt of the placement next to the relationship value (invoiced revenue
 * from {@code revenueFrom} to {@code revenueTo}, both inclusive), per currency.
 */
public record ApprovalView(Placement placement, List<Money> debt, List<Money> relationshipValue, LocalDate revenueFrom,
        LocalDate revenueTo) {

    public ApprovalView {
        debt = List.copyOf(debt);
        relationshipValue = List.copyOf(relationshipValue);
    }
}
