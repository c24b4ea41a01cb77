package io.arrears.api.dunning;

/** Status of a dunning run (column {@code dunning_runs.status}). */
public enum RunStatus {
    /** Proposed, some notices not executed yet. */
    RUNNING,
    /** Every notice executed or cancelled. */
    COMPLETED,
    FAILED
}
