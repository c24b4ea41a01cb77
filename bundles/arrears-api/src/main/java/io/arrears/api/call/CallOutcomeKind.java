package io.arrears.api.call;

/** How a collection call ended (seed 004 "nail it down"): every call ends with one of these, chosen explicitly. */
public enum CallOutcomeKind {
    /** The debtor promised to pay everything asked for, by a date. */
    FULL_PAYMENT_PROMISED,
    /** The debtor promised part of it, by a date. */
    PARTIAL_PAYMENT_PROMISED,
    /** A callback on a date the collector chose ("will you call me by Wednesday?"). */
    CALLBACK_SCHEDULED,
    /** No commitment was obtained; logged as such, never by default. */
    NO_COMMITMENT;

    public boolean isPromise() {
        return this == FULL_PAYMENT_PROMISED || this == PARTIAL_PAYMENT_PROMISED;
    }
}
