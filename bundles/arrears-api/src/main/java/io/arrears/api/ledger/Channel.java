package io.arrears.api.ledger;

/** How a debtor can be reached. */
public enum Channel {
    EMAIL,
    SMS,
    LETTER,
    PHONE,
    /** An in-person visit (a task for a collector, never automatic). */
    VISIT
}
