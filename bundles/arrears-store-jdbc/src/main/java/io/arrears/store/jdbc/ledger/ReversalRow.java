package io.arrears.store.jdbc.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code reversals}: exactly one of paymentId and allocationId is set. */
record ReversalRow(Long id, Long paymentId, Long allocationId, String reason, LocalDate reversedOn, Instant recordedAt) {

    ReversalRow withId(long newId) {
        return new ReversalRow(newId, paymentId, allocationId, reason, reversedOn, recordedAt);
    }
}
