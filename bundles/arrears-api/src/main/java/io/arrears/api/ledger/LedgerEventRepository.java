package io.arrears.api.ledger;

import java.util.List;

/**
 * Persistence of ledger events, append-only. Implementations keep the order of acceptance and
 * throw (never return an empty list) when the storage cannot be read.
 */
public interface LedgerEventRepository {

    /** Appends an event the ledger accepted (one that changed it). */
    void append(LedgerEvent event);

    /** All events of one customer in the order they were appended. */
    List<LedgerEvent> findByCustomer(String customerId);

    /** All events in the order they were appended. */
    List<LedgerEvent> findAll();
}
