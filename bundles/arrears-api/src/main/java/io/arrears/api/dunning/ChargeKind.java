package io.arrears.api.dunning;

/** What a notice charges besides the residuals. Each becomes its own FEE or INTEREST claim in the ledger when sent. */
public enum ChargeKind {
    /** Statutory late-payment interest on one item for one rate period. */
    INTEREST,
    /** The dunning level's fee (once per level and item). */
    LEVEL_FEE,
    /** The fixed recovery compensation per late invoice (EUR 40, GBP 40/70/100; once per item). */
    COMPENSATION
}
