package io.arrears.core.profile;

/** What a collector can offer (domain.md 3.4; seed 002 "flexible collection plan"). */
public enum OfferKind {
    /** A direct digital payment link: the light touch for debtors who pay at once. */
    DIGITAL_PAYMENT_LINK,
    INSTALMENT_PLAN,
    /** More time: a new due date. */
    EXTENSION,
    PARTIAL_PAYMENT_TODAY,
    /** A limited-time discount for paying now. */
    EARLY_PAYMENT_DISCOUNT,
    /** Dropping dunning fees or late-payment interest already charged. */
    WAIVER
}
