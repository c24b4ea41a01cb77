package io.arrears.core.intake;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.ledger.Payment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Bank transactions as ledger payments. The payment's external key is the transaction's
 * deduplication key (content key plus occurrence index): two identical transactions on one statement
 * are two payments, and importing the statement again yields the same keys, so nothing changes.
 */
final class PaymentMapping {

    private PaymentMapping() {
    }

    /** A payment of the customer, naming the matched documents first. */
    static Payment payment(BankTransaction transaction, String customerId, List<String> references) {
        return Payment.of(transaction.deduplicationKey(), customerId, valueDate(transaction), transaction.amount(), references);
    }

    /** The return of {@code original} (a payment applied earlier) by the bank. */
    static Payment reversal(BankTransaction transaction, Payment original) {
        return Payment.reversal(transaction.deduplicationKey(), original, valueDate(transaction));
    }

    /** A booked reversal of money received: the bank takes back a credit (camt DBIT + RvslInd, MT940 RC). */
    static boolean isReturnOfPayment(BankTransaction transaction) {
        return transaction.reversal() && transaction.direction() == CreditDebit.DEBIT
                && transaction.status() == BookingStatus.BOOKED;
    }

    /**
     * True when {@code reversal} plausibly returns {@code original}: same account and amount, not earlier,
     * and at least one reference the payer gave (end-to-end id, creditor reference, remittance text) equal.
     */
    static boolean reverses(BankTransaction reversal, BankTransaction original) {
        return reversal.accountIban().equals(original.accountIban())
                && reversal.amount().equals(original.amount())
                && !reversal.bookingDate().isBefore(original.bookingDate())
                && (same(reversal.endToEndId(), original.endToEndId())
                        || same(reversal.creditorReference(), original.creditorReference())
                        || same(reversal.remittanceText(), original.remittanceText()));
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isBlank() && Objects.equals(a.strip(), b == null ? null : b.strip());
    }

    private static LocalDate valueDate(BankTransaction transaction) {
        return transaction.valueDate() != null ? transaction.valueDate() : transaction.bookingDate();
    }
}
