package io.arrears.core.plan;

/** Where an early-payment discount offer stands. */
public enum DiscountState {
    /** Still valid, not yet paid in full. */
    OPEN,
    /** The discounted amount arrived in full by the date: the rest of the debt is to be credited. */
    EARNED,
    /** The date passed without payment in full: the whole debt stands. */
    EXPIRED
}
