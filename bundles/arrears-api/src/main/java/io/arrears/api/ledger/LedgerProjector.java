package io.arrears.api.ledger;

import java.util.List;

/**
 * The ledger's rules applied to one customer's journal, giving its read-model position. The store calls it in the
 * transaction that appends each event, so the read model never lags the journal.
 */
public interface LedgerProjector {

    /** @param events all events of the customer, in journal order */
    CustomerProjection project(String customerId, List<LedgerEvent> events);
}
