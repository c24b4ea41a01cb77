package io.arrears.core.interest;

/** What a fee claim is for. */
public enum FeeKind {
    /** The statutory fixed sum per invoice (EUR 40, GBP 40/70/100, PL EUR 40/70/100 in PLN). */
    FIXED_COMPENSATION,
    /** Actual reasonable recovery costs (TR TTK 1530; beyond the fixed sum elsewhere). */
    RECOVERY_COSTS
}
