package io.arrears.api.ledger;

/** What a receivable item is. Every kind except {@link #CREDIT_NOTE} is a claim on the debtor. */
public enum ItemKind {
    INVOICE,
    /** Reduces the invoice it references, or becomes credit applied oldest-first. */
    CREDIT_NOTE,
    /** One due part of an invoice payable in instalments; the invoice itself is then not an item. */
    INSTALMENT,
    /** A dunning or recovery fee: its own claim, removed only by a logged waiver. */
    FEE,
    /** Late-payment interest: its own claim, removed only by a logged waiver. */
    INTEREST;

    public boolean isClaim() {
        return this != CREDIT_NOTE;
    }

    /** Fees and interest are removed only by a waiver; documents from the ERP only by cancellation. */
    public boolean isWaivable() {
        return this == FEE || this == INTEREST;
    }
}
