package io.arrears.store.jdbc.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code waivers}. */
record WaiverRow(Long id, long itemId, BigDecimal amount, String currency, String reason, String waivedBy,
                 LocalDate waivedOn, Instant recordedAt) {

    WaiverRow withId(long newId) {
        return new WaiverRow(newId, itemId, amount, currency, reason, waivedBy, waivedOn, recordedAt);
    }
}
