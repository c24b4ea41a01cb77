package io.arrears.api.outbox;

/** How an outbox message is delivered; each has its own sender in the dispatch routes. */
public enum DeliveryChannel {
    /** Recipient address: an e-mail address. */
    EMAIL,
    /** Recipient address: a phone number in E.164 form (+48221234567). */
    SMS,
    /** Recipient address: the postal address, one line per line; the letter itself is a PDF attachment. */
    LETTER,
    /** Recipient address: the collector (user id) who gets the task, e.g. a phone call to make. */
    TASK
}
