package io.arrears.core.plan;

import io.arrears.api.money.Money;
import io.arrears.api.plan.DunningPause;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanStatus;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.Consequence;
import io.arrears.core.promise.ConsequencePolicy;
import io.arrears.core.promise.Receipts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a payment plan against the money received. A plan is the customer's arrangement: while it
 * runs, every payment of the customer with a value date from the plan's start date counts towards
 * it, filling the instalments in due order. Seen on day N:
 * <ul>
 *   <li>BROKEN when some instalment i, due on D(i), was not covered by the payments dated up to
 *       D(i) + grace although N &gt; D(i) + grace; a broken plan stays broken (its consequence was
 *       executed), whatever arrives later;</li>
 *   <li>COMPLETED when the payments cover the whole plan (principal and plan interest);</li>
 *   <li>ACTIVE otherwise; an instalment due before N and not yet covered is reported as late.</li>
 * </ul>
 * Dunning of the plan's items waits while the plan is ACTIVE. Stateless.
 */
public final class PlanTracker {

    private final ConsequencePolicy policy;

    public PlanTracker(ConsequencePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The plan's status today; {@code previous} is the state stored for it, and a consequence is
     * attached when the plan has just become BROKEN.
     */
    public PlanStatus evaluate(PaymentPlan plan, PlanState previous, Receipts receipts, BehaviourType type, Clock clock) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(type, "type");
        LocalDate asOf = LocalDate.now(clock);
        if (!plan.customerId().equals(receipts.customerId())) {
            throw new IllegalArgumentException("plan " + plan.id() + " of customer " + plan.customerId()
                    + " cannot be judged by the receipts of customer " + receipts.customerId());
        }
        Money paid = paidUntil(plan, receipts, asOf);
        Money dueSoFar = zero(plan);
        Money cumulative = zero(plan);
        Optional<Instalment> next = Optional.empty();
        Optional<Instalment> late = Optional.empty();
        Optional<Instalment> broken = Optional.empty();
        for (Instalment instalment : plan.schedule()) {
            cumulative = cumulative.plus(instalment.amount());
            if (!instalment.dueDate().isAfter(asOf)) {
                dueSoFar = dueSoFar.plus(instalment.amount());
            }
            LocalDate graceEnd = instalment.dueDate().plusDays(plan.terms().graceDays());
            if (broken.isEmpty() && asOf.isAfter(graceEnd) && paidUntil(plan, receipts, graceEnd).compareTo(cumulative) < 0) {
                broken = Optional.of(instalment);
            }
            if (paid.compareTo(cumulative) < 0) {
                if (next.isEmpty()) {
                    next = Optional.of(instalment);
                }
                if (late.isEmpty() && instalment.dueDate().isBefore(asOf)) {
                    late = Optional.of(instalment);
                }
            }
        }
        if (broken.isPresent() || previous == PlanState.BROKEN) {
            String reason = broken.map(i -> "plan " + plan.id() + " broken: instalment " + i.number() + " of " + i.amount() + " due "
                            + i.dueDate() + " not paid within " + plan.terms().graceDays() + " grace days (" + paid + " of "
                            + plan.totalPayable() + " received)")
                    .orElse("plan " + plan.id() + " was broken before and stays broken (" + paid + " of " + plan.totalPayable()
                            + " received)");
            Optional<Consequence> consequence = previous == PlanState.BROKEN ? Optional.empty()
                    : Optional.of(new Consequence(policy.forType(type).planBroken(), plan.customerId(), plan.id(),
                            plan.terms().itemIds(), reason + " (" + type + ": " + policy.forType(type).planBroken() + ")"));
            return new PlanStatus(plan.id(), PlanState.BROKEN, asOf, paid, dueSoFar, next, broken.isPresent() ? broken : late, consequence,
                    reason);
        }
        if (next.isEmpty()) {
            return new PlanStatus(plan.id(), PlanState.COMPLETED, asOf, paid, dueSoFar, next, Optional.empty(), Optional.empty(),
                    "plan " + plan.id() + " completed: " + paid + " received, " + plan.totalPayable() + " due in all");
        }
        Instalment upcoming = next.get();
        String reason = late.map(i -> "plan " + plan.id() + " active, instalment " + i.number() + " due " + i.dueDate() + " is "
                        + ChronoUnit.DAYS.between(i.dueDate(), asOf) + " days late, within " + plan.terms().graceDays() + " grace days")
                .orElse("plan " + plan.id() + " active and kept: next instalment " + upcoming.number() + " of " + upcoming.amount()
                        + " due " + upcoming.dueDate());
        return new PlanStatus(plan.id(), PlanState.ACTIVE, asOf, paid, dueSoFar, next, late, Optional.empty(), reason);
    }

    /** Whether dunning of the plan's items waits today, and why. */
    public DunningPause dunningPause(PaymentPlan plan, PlanState previous, Receipts receipts, BehaviourType type, Clock clock) {
        PlanStatus status = evaluate(plan, previous, receipts, type, clock);
        boolean paused = status.state() == PlanState.ACTIVE;
        String reason = paused ? "dunning paused: " + status.reason() : "dunning not paused: " + status.reason();
        return new DunningPause(paused, paused ? plan.terms().itemIds() : List.of(), reason);
    }

    public boolean isDunningPaused(PaymentPlan plan, PlanState previous, Receipts receipts, BehaviourType type, Clock clock) {
        return dunningPause(plan, previous, receipts, type, clock).paused();
    }

    private static Money paidUntil(PaymentPlan plan, Receipts receipts, LocalDate until) {
        if (until.isBefore(plan.terms().startDate())) {
            return zero(plan);
        }
        return receipts.paid(plan.terms().total().currency(), plan.terms().startDate(), until);
    }

    private static Money zero(PaymentPlan plan) {
        return Money.zero(plan.terms().total().currency());
    }
}
