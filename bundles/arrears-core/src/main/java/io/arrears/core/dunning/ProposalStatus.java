package io.arrears.core.dunning;

/** Whether a proposal may go out now or must wait for a contact window. */
public enum ProposalStatus {
    /** May be sent at once. */
    READY,
    /** Due, but the debtor may not be contacted yet (quiet hours, holiday, weekend, frequency cap). */
    DEFERRED
}
