package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.List;

/**
 * An item with its derived state.
 *
 * <p>For a claim: {@code settled} is the sum of the allocations to it, {@code waived} what a waiver
 * dropped, and {@code outstanding = amount − settled − waived} (zero once cancelled). For a credit
 * note: {@code settled} is the part applied to claims and {@code outstanding} its unused credit.
 *
 * @param allocations to this claim, or from this credit note, in the order they were made
 */
public record ItemBalance(Item item, ItemStatus status, Money settled, Money waived, Money outstanding,
        List<Allocation> allocations) {

    public ItemBalance {
        Checks.present(item, "ItemBalance", "item");
        Checks.present(status, "ItemBalance", "status");
        Checks.present(settled, "ItemBalance", "settled");
        Checks.present(waived, "ItemBalance", "waived");
        Checks.present(outstanding, "ItemBalance", "outstanding");
        if (outstanding.isNegative() || settled.isNegative() || waived.isNegative()) {
            throw new IllegalArgumentException("ItemBalance of item " + item.id() + " has a negative amount: settled "
                    + settled + ", waived " + waived + ", outstanding " + outstanding);
        }
        allocations = Checks.list(allocations, "ItemBalance", "allocations");
    }

    /** An open claim: something is still owed on it. */
    public boolean isOpenClaim() {
        return item.kind().isClaim() && status == ItemStatus.OPEN;
    }
}
