package io.arrears.api.outbox;

import io.arrears.api.check.Checks;
import java.util.Optional;
import java.util.Set;

/**
 * A selection of outbox messages for operators and collectors: by states (empty: any), channel and failure kind.
 *
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record OutboxQuery(Set<DeliveryState> states, Optional<DeliveryChannel> channel, Optional<FailureKind> failureKind,
        int limit) {

    public static final int MAX_LIMIT = 10_000;

    public OutboxQuery {
        states = Set.copyOf(Checks.present(states, "OutboxQuery", "states"));
        channel = Checks.optional(channel);
        failureKind = Checks.optional(failureKind);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("OutboxQuery.limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static OutboxQuery inStates(Set<DeliveryState> states, int limit) {
        return new OutboxQuery(states, Optional.empty(), Optional.empty(), limit);
    }
}
