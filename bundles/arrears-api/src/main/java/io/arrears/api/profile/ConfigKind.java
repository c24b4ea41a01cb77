package io.arrears.api.profile;

/** The manager-editable profiling documents, each kept with its version history. */
public enum ConfigKind {
    /** Playbooks per behaviour type, guardrails included. */
    PLAYBOOKS,
    /** Excuse-to-response library per category and language. */
    EXCUSES,
    /** Classifier thresholds and rules, override release policy. */
    CLASSIFIER
}
