package io.arrears.store.jdbc.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code allocations}: exactly one of paymentId and creditItemId is set. */
record AllocationRow(Long id, long itemId, Long paymentId, Long creditItemId, BigDecimal amount, String currency,
                     LocalDate allocatedOn, Instant recordedAt) {

    AllocationRow withId(long newId) {
        return new AllocationRow(newId, itemId, paymentId, creditItemId, amount, currency, allocatedOn, recordedAt);
    }
}
