package io.arrears.api.intake;

import io.arrears.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bank transactions taken in, keyed by {@link BankTransaction#deduplicationKey()}. */
public interface ReceivedPaymentRepository {

    /** Stores the payment; false (and nothing stored) when its deduplication key is known already. */
    boolean add(ReceivedPayment payment);

    Optional<ReceivedPayment> findByKey(String deduplicationKey);

    Optional<ReceivedPayment> findById(long id);

    /** Unmatched payments, oldest first, at most {@code limit}. */
    List<ReceivedPayment> unmatched(int limit);

    /** Applied payments (matched or resolved) of this amount and currency, candidates for a reversal. */
    List<ReceivedPayment> appliedWithAmount(Money amount);

    /**
     * Marks an unmatched payment resolved; false when it is no longer unmatched (someone else resolved it).
     */
    boolean resolve(long id, String customerId, String resolvedBy, Instant at);
}
