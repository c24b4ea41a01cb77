package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.ItemPosition;
import java.time.LocalDate;
import java.util.List;

/** All items of a customer, in the order the ledger recorded them, aged at {@code asOf}. */
public record ItemsJson(String erpCustomerId, LocalDate asOf, List<ItemJson> items) {

    static ItemsJson of(String erpCustomerId, LocalDate asOf, List<ItemPosition> items) {
        return new ItemsJson(erpCustomerId, asOf, items.stream().map(ItemJson::of).toList());
    }
}
