package io.arrears.api.partner;

/** PLANNED (waiting for an attempt) → SENDING (claimed by one node) → SENT, or FAILED after the last attempt. */
public enum MessageState {
    PLANNED,
    SENDING,
    SENT,
    FAILED
}
