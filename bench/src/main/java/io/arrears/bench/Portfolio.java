package io.arrears.bench;

import io.arrears.core.dunning.DebtorFacts;
import io.arrears.core.dunning.DunnableItem;

import java.time.Instant;
import java.util.List;

/**
 * A generated receivables portfolio: every customer with its open items, as the dunning engine
 * receives them (one customer at a time).
 *
 * @param asOf      the decision instant the due dates and notices were generated around
 * @param customers in generation order
 */
public record Portfolio(Instant asOf, List<CustomerItems> customers) {

    public Portfolio {
        customers = List.copyOf(customers);
    }

    /** One customer and its items. */
    public record CustomerItems(DebtorFacts debtor, List<DunnableItem> items) {

        public CustomerItems {
            items = List.copyOf(items);
        }
    }

    public int itemCount() {
        return customers.stream().mapToInt(c -> c.items().size()).sum();
    }
}
