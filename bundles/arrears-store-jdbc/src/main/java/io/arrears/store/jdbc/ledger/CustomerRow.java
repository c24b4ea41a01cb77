package io.arrears.store.jdbc.ledger;

import java.time.Instant;

/** One row of {@code customers}; {@code id} is null until inserted. */
record CustomerRow(Long id, String erpCustomerId, String name, String countryCode, String languageTag,
                   String timeZone, String currency, Instant createdAt, Instant updatedAt) {

    CustomerRow withId(long newId) {
        return new CustomerRow(newId, erpCustomerId, name, countryCode, languageTag, timeZone, currency, createdAt, updatedAt);
    }
}
