package io.arrears.core.promise;

import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges promises to pay against the money received. For a promise taken on day T (in the clock's
 * zone) for amount A by date D, with G grace days, seen on day N:
 * <ul>
 *   <li>counted = payments with a value date from T to min(N, D + G): for named items the payment
 *       money the ledger put on those items, for the whole account every payment;</li>
 *   <li>KEPT when counted &ge; A (also before D); otherwise, once N &gt; D + G, PARTIALLY_KEPT when
 *       something was counted and BROKEN when nothing was; otherwise PENDING.</li>
 * </ul>
 * Grace exists because money paid on D often carries a value date a day or two later. Every call
 * recomputes from the payments, so a reversal turns a KEPT promise back; a promise that has just
 * failed carries the consequence configured for the debtor's behaviour type. Stateless.
 */
public final class PromiseTracker {

    private final ConsequencePolicy policy;

    public PromiseTracker(ConsequencePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The promises whose state is no longer the stored one, with the consequences to execute. */
    public List<PromiseStateChange> evaluate(List<TrackedPromise> promises, Receipts receipts, BehaviourType type, Clock clock) {
        Objects.requireNonNull(promises, "promises");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(type, "type");
        LocalDate asOf = LocalDate.now(clock);
        List<PromiseStateChange> changes = new ArrayList<>();
        for (TrackedPromise tracked : promises) {
            PromiseToPay promise = tracked.promise();
            if (!promise.customerId().equals(receipts.customerId())) {
                throw new IllegalArgumentException("promise " + promise.id() + " of customer " + promise.customerId()
                        + " cannot be judged by the receipts of customer " + receipts.customerId());
            }
            Money paid = counted(promise, receipts, asOf, clock.getZone());
            PromiseState now = state(promise, paid, asOf);
            if (now != tracked.state()) {
                String reason = reason(promise, now, paid);
                Optional<Consequence> consequence = now.isFailed() && !tracked.state().isFailed()
                        ? Optional.of(consequence(promise, now, type, reason))
                        : Optional.empty();
                changes.add(new PromiseStateChange(promise.id(), promise.customerId(), tracked.state(), now, paid, asOf, consequence,
                        reason));
            }
        }
        return List.copyOf(changes);
    }

    /** The state of one promise on {@code asOf}; {@code zone} decides the day the promise was taken. */
    public PromiseState stateOf(PromiseToPay promise, Receipts receipts, LocalDate asOf, ZoneId zone) {
        return state(promise, counted(promise, receipts, asOf, zone), asOf);
    }

    /** What counts towards the promise on {@code asOf}. */
    public Money counted(PromiseToPay promise, Receipts receipts, LocalDate asOf, ZoneId zone) {
        LocalDate takenOn = promise.takenAt().atZone(zone).toLocalDate();
        LocalDate until = min(asOf, deadline(promise));
        if (until.isBefore(takenOn)) {
            return Money.zero(promise.amount().currency());
        }
        return receipts.counted(promise.itemIds(), promise.amount().currency(), takenOn, until);
    }

    /** The last value date that still keeps the promise: the promised date plus grace. */
    public LocalDate deadline(PromiseToPay promise) {
        return promise.promisedDate().plusDays(policy.graceDays());
    }

    private PromiseState state(PromiseToPay promise, Money paid, LocalDate asOf) {
        if (paid.compareTo(promise.amount()) >= 0) {
            return PromiseState.KEPT;
        }
        if (asOf.isAfter(deadline(promise))) {
            return paid.isPositive() ? PromiseState.PARTIALLY_KEPT : PromiseState.BROKEN;
        }
        return PromiseState.PENDING;
    }

    private Consequence consequence(PromiseToPay promise, PromiseState state, BehaviourType type, String reason) {
        ConsequenceRule rule = policy.forType(type);
        ConsequenceKind kind = state == PromiseState.BROKEN ? rule.promiseBroken() : rule.promisePartiallyKept();
        return new Consequence(kind, promise.customerId(), promise.id(), promise.itemIds(), reason + " (" + type + ": " + kind + ")");
    }

    private String reason(PromiseToPay promise, PromiseState state, Money paid) {
        String what = "promise " + promise.id() + " of " + promise.amount() + " by " + promise.promisedDate()
                + (promise.coversAccount() ? " for the account" : " for " + String.join(", ", promise.itemIds()));
        return switch (state) {
            case KEPT -> what + " kept: " + paid + " received";
            case PARTIALLY_KEPT -> what + " partially kept: only " + paid + " received by " + deadline(promise)
                    + " (" + policy.graceDays() + " grace days)";
            case BROKEN -> what + " broken: nothing received by " + deadline(promise) + " (" + policy.graceDays() + " grace days)";
            case PENDING -> what + " pending: " + paid + " received so far";
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
