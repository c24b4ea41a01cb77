package io.arrears.api.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An external credit score of a customer, one signal of the classifier and the risk score.
 *
 * @param score      0 (worst) to 100 (best), as the source rates the customer (mapped to this range by whoever records it)
 * @param source     who scored it, e.g. the credit agency or "ERP"
 * @param asOf       the date the source scored the customer
 * @param recordedBy who entered it into Arrears
 * @param recordedAt when
 */
public record CreditScore(long id, String customerId, int score, String source, LocalDate asOf, String recordedBy,
        Instant recordedAt) {

    /** Longest source name kept. */
    public static final int MAX_SOURCE = 100;

    public CreditScore {
        Objects.requireNonNull(customerId, "customerId");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a credit score must be 0..100 (0 worst), got " + score);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a credit score needs its source (the agency or the ERP)");
        }
        source = source.strip();
        if (source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("credit score source is longer than " + MAX_SOURCE + " characters");
        }
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
