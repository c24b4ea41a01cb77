package io.arrears.store.jdbc.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code payments}; {@code customerId} is null while the payment is unmatched. */
record PaymentRow(Long id, String externalKey, Long customerId, LocalDate receivedOn, BigDecimal amount,
                  String currency, String reference, Instant recordedAt) {

    PaymentRow withId(long newId) {
        return new PaymentRow(newId, externalKey, customerId, receivedOn, amount, currency, reference, recordedAt);
    }
}
