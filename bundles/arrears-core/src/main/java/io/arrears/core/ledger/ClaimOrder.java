package io.arrears.core.ledger;

import io.arrears.api.ledger.Item;
import java.util.Comparator;

/** Oldest first: by due date, then issue date, then id, so allocation is deterministic. */
final class ClaimOrder {

    static final Comparator<Item> OLDEST_FIRST = Comparator.comparing(Item::dueDate)
            .thenComparing(Item::issueDate)
            .thenComparing(Item::id);

    private ClaimOrder() {
    }
}
