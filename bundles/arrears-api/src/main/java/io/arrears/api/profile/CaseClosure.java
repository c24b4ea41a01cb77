package io.arrears.api.profile;

import io.arrears.api.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lessons learned when a collection case closes (domain.md 6, seed 002), with what the case achieved.
 *
 * @param satisfied              was the customer satisfied with how the case was handled
 * @param wentWrong              what went wrong on our side (may be empty)
 * @param improve                what to improve (may be empty)
 * @param behaviourType          the type in force when the case closed
 * @param playbook               the playbook worked, e.g. "STRUGGLING v3" (type and configuration version)
 * @param channel                the channel that worked the case (PHONE, EMAIL, ...)
 * @param offer                  the offer made (INSTALMENT_PLAN, ..., or NONE)
 * @param promisesMade           promises taken during the case
 * @param promisesKept           of those, kept
 * @param daysToPayAfterContact  days from the case's first contact to the last payment, when both exist
 * @param amountRecovered        payments received during the case, in the customer's main currency
 */
public record CaseClosure(long id, String customerId, String closedBy, Instant closedAt, boolean satisfied,
        String wentWrong, String improve, BehaviourType behaviourType, String playbook, String channel, String offer,
        int promisesMade, int promisesKept, OptionalInt daysToPayAfterContact, Optional<Money> amountRecovered) {

    public CaseClosure {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(wentWrong, "wentWrong");
        Objects.requireNonNull(improve, "improve");
        Objects.requireNonNull(behaviourType, "behaviourType");
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(offer, "offer");
        if (promisesMade < 0 || promisesKept < 0 || promisesKept > promisesMade) {
            throw new IllegalArgumentException("CaseClosure promises: kept " + promisesKept + " of " + promisesMade + " made");
        }
        daysToPayAfterContact = daysToPayAfterContact == null ? OptionalInt.empty() : daysToPayAfterContact;
        amountRecovered = amountRecovered == null ? Optional.empty() : amountRecovered;
    }
}
