package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.List;

/**
 * A claim with something still owed, seen at the as-of date of its {@link LedgerFacts}.
 *
 * @param outstanding  original amount − allocations − waived; positive
 * @param allocations  payments and credits already applied to it, in order (for interest on the
 *                     declining balance)
 * @param daysPastDue  as-of date − due date; zero or negative when not yet due
 */
public record OpenItem(Item item, Money outstanding, List<Allocation> allocations, long daysPastDue, AgingBucket bucket) {

    public OpenItem {
        Checks.present(item, "OpenItem", "item");
        Checks.positive(outstanding, "OpenItem", "outstanding");
        allocations = Checks.list(allocations, "OpenItem", "allocations");
        Checks.present(bucket, "OpenItem", "bucket");
        if (bucket != AgingBucket.of(daysPastDue)) {
            throw new IllegalArgumentException(
                    "OpenItem.bucket " + bucket + " does not match " + daysPastDue + " days past due (item " + item.id() + ")");
        }
    }

    public boolean isOverdue() {
        return daysPastDue > 0;
    }
}
