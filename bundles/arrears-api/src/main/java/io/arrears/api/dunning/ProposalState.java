package io.arrears.api.dunning;

/** How a proposed notice stands after the proposal. */
public enum ProposalState {
    /** May be sent at once. */
    READY,
    /** Due, but the debtor may not be contacted before {@code notBefore} (quiet hours, holiday, weekend, frequency cap). */
    DEFERRED,
    /** The customer already has a notice at this level on this date (from an earlier run): not proposed again. */
    ALREADY_PROPOSED
}
