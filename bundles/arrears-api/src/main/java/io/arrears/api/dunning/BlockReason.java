package io.arrears.api.dunning;

/** Why dunning is held for a customer or an item. {@link #OTHER} needs a note that says why. */
public enum BlockReason {
    /** The debtor disputes the claim (the item is also marked disputed). */
    DISPUTE,
    /** An agreed payment plan covers the claim. */
    PAYMENT_PLAN,
    /** The claim was placed with a collection agency. */
    AGENCY_PLACEMENT,
    /** The debtor is in insolvency proceedings. */
    INSOLVENCY,
    /** Anything else; the note is required. */
    OTHER
}
