package io.arrears.core.intake;

/** Which rule matched a payment, in the order they are tried. */
public enum MatchRule {
    /** The structured creditor reference equals the open item's payment reference. */
    STRUCTURED_REFERENCE,
    /** Invoice numbers found in the remittance text name the open item(s). */
    INVOICE_NUMBER_IN_TEXT,
    /** Exactly one open item has this residual amount and a customer name matching the payer. */
    AMOUNT_AND_NAME,
    /** Nothing matched, or more than one candidate did: a collector decides. */
    UNMATCHED
}
