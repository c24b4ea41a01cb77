package io.arrears.rest.internal.payments;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.UnmatchedPayment;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.Instant;
import java.time.LocalDate;

/** A bank payment waiting for a collector, with what the statement says about it (absent values are null). */
public record UnmatchedPaymentJson(
        long id,
        String source,
        Instant receivedAt,
        String reason,
        String accountIban,
        LocalDate bookingDate,
        LocalDate valueDate,
        MoneyJson amount,
        String debtorName,
        String creditorReference,
        String remittanceText,
        String endToEndId,
        String bankReference) {

    static UnmatchedPaymentJson of(UnmatchedPayment payment) {
        BankTransaction tx = payment.transaction();
        return new UnmatchedPaymentJson(payment.id(), payment.source(), payment.receivedAt(), payment.reason(),
                tx.accountIban(), tx.bookingDate(), tx.valueDate(), MoneyJson.of(tx.amount()), tx.debtorName(),
                tx.creditorReference(), tx.remittanceText(), tx.endToEndId(), tx.bankReference());
    }
}
