package io.arrears.api.promise;

/** What follows a broken promise or plan (seed 004: "make sure you follow through on the consequence"). */
public enum ConsequenceKind {
    /** Move the dunning of the items on to the next level now. */
    NEXT_LEVEL,
    /** Put a task on the collector's worklist (call again, ask why). */
    COLLECTOR_TASK,
    /** Propose an escalation (agency, insurer, legal) for a manager to approve. */
    ESCALATION_PROPOSAL
}
