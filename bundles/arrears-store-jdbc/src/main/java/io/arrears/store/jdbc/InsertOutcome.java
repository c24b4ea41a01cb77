package io.arrears.store.jdbc;

/** What an idempotent insert found: the stored row, and whether this call created it. */
public record InsertOutcome<T>(T row, boolean created) {
}
