package io.arrears.api.letter;

/** Kinds of fee a letter can itemise; each has a label per language in the letter templates. */
public enum FeeKind {
    /** Fixed recovery compensation (EU Directive 2011/7/EU art. 6, e.g. EUR 40 per invoice). */
    RECOVERY_COMPENSATION,
    /** A reminder fee agreed in the contract. */
    REMINDER_FEE,
    /** Any other agreed collection cost. */
    COLLECTION_COST
}
