package io.arrears.api.intake;

/** What happened to an imported bank payment. */
public enum PaymentOutcome {
    /** Matched by a rule and applied to the ledger. */
    MATCHED,
    /** A reversal applied to the payment it returns. */
    REVERSED,
    /** Waiting for a collector. */
    UNMATCHED,
    /** Assigned by a collector and applied. */
    RESOLVED
}
