package io.arrears.api.ledger;

/** Order of the customer list. */
public enum CustomerOrder {
    /** By ERP customer id. */
    ERP_ID,
    /** Longest overdue first (oldest due date of an overdue claim), then by ERP id; customers with nothing overdue last. */
    OVERDUE
}
