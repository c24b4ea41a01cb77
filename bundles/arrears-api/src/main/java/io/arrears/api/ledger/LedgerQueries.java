package io.arrears.api.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The read side of the ledger for screens and reports: customers with their position, items, aging.
 * Aging "as of" a date ages what is outstanding now at that date (it does not rebuild the past).
 * Implementations throw (e.g. {@link io.arrears.api.store.StoreException}) when storage cannot be
 * read; an empty result always means "not there".
 */
public interface LedgerQueries {

    /** Today in the business time zone: the default as-of date. */
    LocalDate today();

    /**
     * Known customers ordered by ERP id, filtered and paged.
     *
     * @param text  case-insensitive part of the name or the ERP id; blank or null for all
     * @param page  0-based
     * @param size  at least 1
     * @param asOf  the date positions are computed at
     */
    Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf);

    /** Like {@link #customers(String, int, int, LocalDate)}, in the given order. */
    default Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf, CustomerOrder order) {
        if (order != CustomerOrder.ERP_ID) {
            throw new UnsupportedOperationException("this implementation lists customers by ERP id only");
        }
        return customers(text, page, size, asOf);
    }

    /**
     * Every customer with something overdue at {@code asOf} (maxDaysPastDue &gt; 0), filtered like
     * {@link #customers(String, int, int, LocalDate)}, by ERP id: what the worklist ranks.
     */
    default List<CustomerAccount> overdueCustomers(String text, LocalDate asOf) {
        return customers(text, 0, Integer.MAX_VALUE, asOf).items().stream().filter(a -> a.maxDaysPastDue() > 0).toList();
    }

    /** The customer with this ERP id, empty when neither master data nor ledger events know it. */
    Optional<CustomerAccount> customer(String erpCustomerId, LocalDate asOf);

    /**
     * All items of a known customer (open, paid, cancelled, waived, credit notes) in the order
     * recorded; empty when the customer is unknown.
     */
    Optional<List<ItemPosition>> items(String erpCustomerId, LocalDate asOf);

    /** Aging of one known customer; empty when the customer is unknown. */
    Optional<AgingReport> customerAging(String erpCustomerId, LocalDate asOf);

    /** Aging of the whole portfolio. */
    AgingReport portfolioAging(LocalDate asOf);
}
