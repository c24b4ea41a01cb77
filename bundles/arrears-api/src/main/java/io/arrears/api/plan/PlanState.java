package io.arrears.api.plan;

/** Where a payment plan stands, judged from the payments received. */
public enum PlanState {
    /** Running: every instalment due so far was paid, or is late by no more than the grace days. */
    ACTIVE,
    /** Everything was paid: the plan was kept to the end. */
    COMPLETED,
    /** An instalment is more than the grace days late. */
    BROKEN
}
