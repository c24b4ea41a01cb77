package io.arrears.core.plan;

import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanTerms;
import io.arrears.core.profile.AppliedGuardrails;
import io.arrears.core.profile.GuardrailDecision;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.Offer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Checks a plan against the behaviour type's {@link Guardrails}: its length (start date to the last
 * due date, in months, a started month counting as a whole one) and its first payment (the down
 * payment, else the first instalment's principal) as a share of the total. Beyond them a manager
 * approves.
 */
public final class PlanGuardrails {

    private PlanGuardrails() {
    }

    public static GuardrailDecision check(PaymentPlan plan, Guardrails guardrails) {
        return guardrails.check(offer(plan));
    }

    /** As {@link #check(PaymentPlan, Guardrails)}, each reason naming the (type, segment) row that judged it. */
    public static GuardrailDecision check(PaymentPlan plan, AppliedGuardrails guardrails) {
        return guardrails.check(offer(plan));
    }

    private static Offer offer(PaymentPlan plan) {
        PlanTerms terms = plan.terms();
        List<Instalment> schedule = plan.schedule();
        return Offer.instalmentPlan(terms.total(), months(terms.startDate(), schedule.get(schedule.size() - 1).dueDate()),
                schedule.get(0).principal());
    }

    /** Whole months from {@code start} to {@code end}, rounded up. */
    public static int months(LocalDate start, LocalDate end) {
        Period period = Period.between(start, end);
        return (int) period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
    }
}
