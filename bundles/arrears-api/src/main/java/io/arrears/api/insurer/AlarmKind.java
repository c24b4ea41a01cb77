package io.arrears.api.insurer;

/** Why an insured item needs attention. */
public enum AlarmKind {
    /** The deadline passed and no notification for the item was delivered by then: cover may be void. */
    DEADLINE_MISSED,
    /** Within the warning window and not yet delivered. */
    DEADLINE_APPROACHING,
    /** Delivered, but the insurer has not acknowledged it. */
    NOT_ACKNOWLEDGED
}
