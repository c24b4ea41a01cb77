package io.arrears.api.intake;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction from a bank statement or notification (camt.053/054 entry or transaction detail,
 * MT940 :61:/:86: pair).
 *
 * @param accountIban       the statement account (IBAN, or the account id as given in MT940 :25:)
 * @param bookingDate       booking date
 * @param valueDate         value date; may be null when the bank omits it
 * @param amount            amount, always positive; {@link #direction()} gives the side
 * @param direction         credit (money in) or debit
 * @param reversal          true when the bank reverses an earlier booking (camt RvslInd, MT940 RC/RD)
 * @param status            booked, pending or info
 * @param endToEndId        the payer's end-to-end id; null when absent or NOTPROVIDED
 * @param bankReference     the account servicer's reference (camt AcctSvcrRef, MT940 after {@code //})
 * @param debtorName        name of the payer; may be null
 * @param creditorReference structured creditor reference (ISO 11649 RF...), may be null
 * @param remittanceText    unstructured remittance information; may be null
 * @param contentKey        deterministic key over account, booking date, amount, direction and references
 * @param occurrenceIndex   0 for the first transaction with this content key in one statement, 1 for the
 *                          second identical one, and so on: genuine duplicates stay distinct, re-imports
 *                          of the same statement produce the same keys
 */
public record BankTransaction(
        String accountIban,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        CreditDebit direction,
        boolean reversal,
        BookingStatus status,
        String endToEndId,
        String bankReference,
        String debtorName,
        String creditorReference,
        String remittanceText,
        String contentKey,
        int occurrenceIndex) {

    public BankTransaction {
        Objects.requireNonNull(accountIban, "accountIban");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contentKey, "contentKey");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount " + amount + " is negative: direction carries the side");
        }
        if (occurrenceIndex < 0) {
            throw new IllegalArgumentException("occurrenceIndex " + occurrenceIndex + " is negative");
        }
    }

    /** The idempotency key for this transaction: content key plus occurrence index. */
    public String deduplicationKey() {
        return contentKey + "#" + occurrenceIndex;
    }

    /** True for money received on the account that is not a reversal: the case that pays invoices. */
    public boolean isIncomingPayment() {
        return direction == CreditDebit.CREDIT && !reversal && status == BookingStatus.BOOKED;
    }

    public BankTransaction withOccurrenceIndex(int index) {
        return new BankTransaction(accountIban, bookingDate, valueDate, amount, direction, reversal, status, endToEndId,
                bankReference, debtorName, creditorReference, remittanceText, contentKey, index);
    }
}
