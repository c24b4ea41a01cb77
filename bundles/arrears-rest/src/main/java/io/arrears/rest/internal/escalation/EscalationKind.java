package io.arrears.rest.internal.escalation;

/** Where a collector asks a manager to take a case. */
public enum EscalationKind {
    /** Place the case with a collection agency. */
    AGENCY,
    /** Legal action. */
    LEGAL,
    /** Notify the credit insurer. */
    INSURER,
    /** A manager should look at the case (terms, write-off, strategy). */
    MANAGER_REVIEW
}
