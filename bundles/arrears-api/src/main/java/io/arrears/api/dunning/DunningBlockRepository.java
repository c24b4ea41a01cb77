package io.arrears.api.dunning;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dunning blocks by ERP customer key. At most one active block per customer, item (or whole customer) and reason:
 * a second one is refused with a {@link io.arrears.api.store.DuplicateKeyException} naming the active block.
 */
public interface DunningBlockRepository {

    /** Stores the block as active and returns it with its id. */
    DunningBlock place(NewDunningBlock block);

    /**
     * Clears an active block.
     *
     * @throws IllegalArgumentException when there is no block with this id
     * @throws IllegalStateException    when the block was already cleared (by whom and when)
     */
    void clear(long id, String by, Instant at);

    /** The customer's active blocks (customer-wide and item blocks), oldest first. */
    List<DunningBlock> active(String customerId);

    /**
     * {@link #active} of each of {@code customerIds}, by id (every id present, an empty list when none). Stores
     * override this to read many customers in a few queries (the dunning run's proposal).
     */
    default Map<String, List<DunningBlock>> activeOf(Collection<String> customerIds) {
        Map<String, List<DunningBlock>> active = new LinkedHashMap<>();
        customerIds.forEach(id -> active.put(id, active(id)));
        return active;
    }

    /** All blocks of the customer, cleared ones included, oldest first. */
    List<DunningBlock> history(String customerId);
}
