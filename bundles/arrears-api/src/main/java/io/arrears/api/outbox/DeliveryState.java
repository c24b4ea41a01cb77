package io.arrears.api.outbox;

/**
 * Where an outbox message is in its delivery.
 * <pre>
 * PLANNED --claim--> SENDING --sent--> SENT
 *    ^                  |  \--permanent failure or attempts used up--> FAILED (dead letter)
 *    |                  |---transient failure, attempts left--> PLANNED (later)
 *    |                  \---outcome not known, or left SENDING too long--> UNKNOWN
 *    \----------- operator: resolveUnknown(RETRY) / retryDeadLetter ---------/
 * </pre>
 */
public enum DeliveryState {
    /** Waiting for its next attempt time. */
    PLANNED,
    /** Claimed by one node, which is sending it now. */
    SENDING,
    /** The channel accepted it. Final. */
    SENT,
    /** Given up: a permanent failure or no attempts left (the dead letters). */
    FAILED,
    /** The send may or may not have happened; never re-sent automatically, an operator decides. */
    UNKNOWN
}
