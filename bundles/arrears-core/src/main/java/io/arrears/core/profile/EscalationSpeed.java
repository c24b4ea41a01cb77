package io.arrears.core.profile;

/**
 * How fast the dunning ladder moves on for a behaviour type. The ladder itself belongs to the dunning
 * engine; this says how it should treat the type.
 */
public enum EscalationSpeed {
    /** Reminders only; escalation needs a collector's decision. */
    NONE,
    /** Longer waits between levels while a plan is being kept. */
    SLOW,
    /** The ladder as configured. */
    NORMAL,
    /** Shorter waits; agency and insurer steps come early (chronic late payers). */
    FAST
}
