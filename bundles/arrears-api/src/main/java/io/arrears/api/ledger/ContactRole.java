package io.arrears.api.ledger;

/** What a contact person does for the debtor, which decides who is addressed at each level. */
public enum ContactRole {
    ACCOUNTS_PAYABLE,
    DECISION_MAKER,
    ESCALATION
}
