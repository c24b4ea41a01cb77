package io.arrears.api.profile;

/** The manager-editable profiling documents, each kept with its version history. */
public enum ConfigKind {
    /** Playbooks per behaviour type, guardrails included. */
    PLAYBOOKS,
    /** Excuse-to-response library per category and language. */
    EXCUSES,
    /** Classifier thresholds and rules, override release policy. */
    CLASSIFIER,
    /** Negotiation guardrails per customer segment and behaviour type (a type's own row applies otherwise). */
    SEGMENT_GUARDRAILS
}
