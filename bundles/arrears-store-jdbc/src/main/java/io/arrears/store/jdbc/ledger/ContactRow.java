package io.arrears.store.jdbc.ledger;

import java.time.Instant;

/** One row of {@code contacts}: at most one contact per customer and role. */
record ContactRow(Long id, long customerId, String role, String name, String email, String phone,
                  String languageTag, Instant createdAt) {

    ContactRow withId(long newId) {
        return new ContactRow(newId, customerId, role, name, email, phone, languageTag, createdAt);
    }
}
