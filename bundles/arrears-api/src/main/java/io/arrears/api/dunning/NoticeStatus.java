package io.arrears.api.dunning;

/** Lifecycle of a stored notice (column {@code notices.status}). */
public enum NoticeStatus {
    /** Proposed by a run, waiting for execution. */
    PROPOSED,
    /** Executed: its outbox message is enqueued (delivery is the outbox's business). */
    APPLIED,
    /** Reserved for a delivery confirmation. */
    SENT,
    /** Dropped at the execution re-check (paid, changed, blocked, ...); the reason is kept. */
    CANCELLED
}
