package io.arrears.api.intake;

/** What an incoming invoice document does to the receivable. */
public enum DocumentKind {
    /** A claim on the customer. */
    INVOICE,
    /** Reduces an earlier invoice; {@link InvoiceRecord#referencedInvoiceNumber()} names it. */
    CREDIT_NOTE,
    /** Withdraws an earlier invoice completely. */
    CANCELLATION
}
