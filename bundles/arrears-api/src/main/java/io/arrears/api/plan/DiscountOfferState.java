package io.arrears.api.plan;

/** Where an early-payment discount offer stands, judged from the payments in the ledger. */
public enum DiscountOfferState {
    /** Still valid, the discounted amount not yet paid in full. */
    OPEN,
    /** The discounted amount arrived in full in time: the rest is to be credited. */
    EARNED,
    /** The last day passed without payment in full: the whole debt stands. */
    EXPIRED
}
