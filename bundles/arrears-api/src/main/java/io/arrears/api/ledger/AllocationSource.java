package io.arrears.api.ledger;

/** Where the money of an allocation comes from. */
public enum AllocationSource {
    /** A payment; the allocation's source id is the payment's external key. */
    PAYMENT,
    /** A credit note; the allocation's source id is the credit note's item id. */
    CREDIT_NOTE
}
