package io.arrears.store.jdbc.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code items}: kind is INVOICE, CREDIT_NOTE, INSTALMENT, FEE or INTEREST. */
record ItemRow(Long id, long customerId, String kind, String documentNumber, Long parentItemId,
               LocalDate issueDate, LocalDate dueDate, BigDecimal amount, String currency, Instant recordedAt) {

    ItemRow withId(long newId) {
        return new ItemRow(newId, customerId, kind, documentNumber, parentItemId, issueDate, dueDate, amount, currency, recordedAt);
    }
}
