package io.arrears.api.ledger;

import java.time.LocalDate;

/**
 * The persisted read model of the ledger (one position per customer, maintained with every journal append): what lists and
 * portfolio reports read instead of replaying the whole journal.
 */
public interface LedgerReadModel {

    /**
     * Customers with ledger events, filtered and paged in the database.
     *
     * @param text case-insensitive part of the name or the ERP id; blank or null for all
     */
    Page<CustomerProjection> customers(String text, int page, int size, LocalDate asOf, CustomerOrder order);

    /** Aging of every open claim at {@code asOf}, per currency. */
    AgingReport portfolioAging(LocalDate asOf);
}
