package io.arrears.core.dunning;

/**
 * A channel a dunning level uses. The names match {@code io.arrears.api.ledger.Channel} so the
 * caller maps by name; this package keeps its own copy to stay independent of the ledger model.
 */
public enum ContactChannel {
    EMAIL,
    SMS,
    LETTER,
    PHONE,
    VISIT
}
