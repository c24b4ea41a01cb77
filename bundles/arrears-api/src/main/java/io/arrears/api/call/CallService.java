package io.arrears.api.call;

/** Records calls: the contact-log entry, the promise and the written confirmation, together or not at all. */
public interface CallService {

    /**
     * @throws InvalidCallException     naming each field that does not fit the outcome
     * @throws IllegalArgumentException when the customer is unknown
     */
    LoggedCall record(CallReport report);
}
