package io.arrears.api.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A bank transaction Arrears has taken in, with what became of it. Its deduplication key is unique:
 * a statement imported twice finds its transactions here.
 *
 * @param id          store id, 0 before it is stored
 * @param customerId  the customer it was applied to; null while unmatched
 * @param reason      how it was matched or why not
 * @param resolvedBy  who resolved it; null unless {@link PaymentOutcome#RESOLVED}
 */
public record ReceivedPayment(long id, String source, BankTransaction transaction, PaymentOutcome outcome,
        String customerId, String reason, Instant receivedAt, String resolvedBy) {

    public ReceivedPayment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((outcome == PaymentOutcome.UNMATCHED) != (customerId == null)) {
            throw new IllegalArgumentException("ReceivedPayment " + transaction.deduplicationKey() + ": customerId must be "
                    + "null exactly when the payment is unmatched (outcome " + outcome + ", customer " + customerId + ")");
        }
    }

    public String deduplicationKey() {
        return transaction.deduplicationKey();
    }
}
