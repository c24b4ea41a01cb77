package io.arrears.api.ledger;

/** The state of an item, derived by the ledger from its events. */
public enum ItemStatus {
    /** A claim with an outstanding amount, or a credit note with credit not yet applied. */
    OPEN,
    /** A claim settled in full by payments and credits, or a credit note applied in full. */
    PAID,
    /** Cancelled in the ERP (storno); its allocations were released. */
    CANCELLED,
    /** A fee or interest item whose outstanding amount was waived (with a logged reason). */
    WAIVED
}
