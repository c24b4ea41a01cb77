package io.arrears.api.outbox;

/**
 * Where an outbox message is in its delivery.
 * <pre>
 * PLANNED --claim--> SENDING --sent--> SENT
 *    ^                  |  \--permanent failure or attempts used up--> FAILED (dead letter)
 *    |                  |---transient failure, attempts left--> PLANNED (later)
 *    |                  |---outcome not known, or left SENDING too long--> UNKNOWN
 *    |                  \---the ledger changed since it was planned (paid, credited, blocked, disputed)--> CANCELLED
 *    \----------- operator: resolveUnknown(RETRY) / retryDeadLetter ---------/
 * SENT --bounce report--> FAILED (with its {@link FailureKind}); never re-sent unless an operator retries it.
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
    UNKNOWN,
    /**
     * Not sent: the check just before sending found the ledger changed since it was planned (its items paid,
     * credited, blocked or disputed). Final; the reason is in {@link OutboxMessage#lastError()}.
     */
    CANCELLED
}
