package io.arrears.api.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A bank payment no rule could assign to exactly one customer, waiting for a collector.
 *
 * @param id          queue id, for {@link IntakeService#resolveUnmatched}
 * @param source      the integration it came from
 * @param transaction the transaction as read from the statement
 * @param reason      why the matcher did not decide
 * @param receivedAt  when it was imported
 */
public record UnmatchedPayment(long id, String source, BankTransaction transaction, String reason, Instant receivedAt) {

    public UnmatchedPayment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
