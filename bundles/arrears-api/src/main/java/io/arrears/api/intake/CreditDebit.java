package io.arrears.api.intake;

/** Direction of a booking on the creditor's account (camt CdtDbtInd CRDT/DBIT, MT940 C/D). */
public enum CreditDebit {
    CREDIT,
    DEBIT
}
