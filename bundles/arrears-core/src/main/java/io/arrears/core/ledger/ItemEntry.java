package io.arrears.core.ledger;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import java.util.Optional;

/** An item with what happened to it apart from allocations: cancellation and waiver. */
record ItemEntry(Item item, boolean cancelled, Optional<Waiver> waiver, Money waived) {

    static ItemEntry of(Item item) {
        return new ItemEntry(item, false, Optional.empty(), Money.zero(item.amount().currency()));
    }

    ItemEntry cancel() {
        return new ItemEntry(item, true, waiver, waived);
    }

    ItemEntry waive(Waiver by, Money amount) {
        return new ItemEntry(item, cancelled, Optional.of(by), amount);
    }

    String id() {
        return item.id();
    }
}
