package io.arrears.api.outbox;

import io.arrears.api.check.Checks;
import java.time.Duration;

/**
 * Bounded exponential backoff for transport failures: after the n-th failed attempt the next one
 * waits {@code min(maxDelay, baseDelay * 2^(n-1))}; after {@code maxAttempts} attempts the message
 * is given up (FAILED, a dead letter).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("RetryPolicy.maxAttempts must be at least 1, was " + maxAttempts);
        }
        Checks.present(baseDelay, "RetryPolicy", "baseDelay");
        Checks.present(maxDelay, "RetryPolicy", "maxDelay");
        if (baseDelay.isNegative() || baseDelay.isZero()) {
            throw new IllegalArgumentException("RetryPolicy.baseDelay must be positive, was " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("RetryPolicy.maxDelay " + maxDelay + " must not be below baseDelay " + baseDelay);
        }
    }

    /** True when a message that has had {@code attempts} attempts may have another. */
    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait before the next attempt after {@code attempts} (at least 1) failed attempts. */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        int doublings = Math.min(attempts - 1, 62);
        long factor = 1L << doublings;
        if (baseDelay.toMillis() > maxDelay.toMillis() / factor) {
            return maxDelay;
        }
        Duration delay = baseDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
