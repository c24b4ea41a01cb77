package io.arrears.api.contact;

/**
 * What a contact achieved. Calls end with a commitment (domain 4, "nail it down") or are logged
 * as {@link #NO_COMMITMENT}; written channels report delivery.
 */
public enum ContactOutcome {
    /** The customer promised to pay in full by a date. */
    PROMISE_TO_PAY,
    /** The customer agreed to a partial payment or an instalment plan. */
    PARTIAL_PAYMENT_AGREED,
    /** A callback date was set by the collector. */
    CALLBACK_SCHEDULED,
    /** A conversation took place but ended without a commitment. */
    NO_COMMITMENT,
    NO_ANSWER,
    WRONG_PERSON,
    /** The customer disputes the debt or an invoice. */
    DISPUTE_RAISED,
    /** A letter, e-mail or SMS was sent. */
    SENT,
    DELIVERED,
    /** A written message came back undeliverable. */
    BOUNCED,
    /** An internal note; no outcome with the customer. */
    NOTE
}
