package io.arrears.api.dunning;

import java.time.Instant;
import java.util.List;

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

    /** All blocks of the customer, cleared ones included, oldest first. */
    List<DunningBlock> history(String customerId);
}
