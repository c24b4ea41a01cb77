package io.arrears.api.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** One customer's position; empty when the read model holds none (the ledger has no event of the customer). */
    Optional<CustomerProjection> customer(String customerId);

    /**
     * Every customer with an open claim due before {@code asOf} (something overdue), filtered like
     * {@link #customers}, ordered by customer id, summed per currency in the database: the worklist's candidates, read
     * in a fixed number of queries however many customers there are.
     */
    List<CustomerTotals> overdueCustomers(String text, LocalDate asOf);

    /** Every customer with ledger events, by id. */
    List<String> customerIds();

    /**
     * The period's flows per currency, summed in the database: items issued, payments valued and items cancelled after
     * {@code after} up to and including {@code through}.
     */
    List<PeriodFlows> flows(LocalDate after, LocalDate through);

    /** Aging of every open claim at {@code asOf}, per currency. */
    AgingReport portfolioAging(LocalDate asOf);
}
