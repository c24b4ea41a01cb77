package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import io.arrears.api.promise.Consequence;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A plan evaluated at {@code asOf}.
 *
 * @param paid          payments counted towards the plan (from its start date up to {@code asOf})
 * @param dueSoFar      the sum of instalments due on or before {@code asOf}
 * @param next          the first instalment not yet paid in full, if any
 * @param late          for BROKEN, the first instalment more than the grace days late; for ACTIVE, the
 *                      first instalment that is late but still within grace
 * @param consequence   present when the plan has just become BROKEN
 * @param reason        one sentence with the amounts and dates
 */
public record PlanStatus(
        String planId,
        PlanState state,
        LocalDate asOf,
        Money paid,
        Money dueSoFar,
        Optional<Instalment> next,
        Optional<Instalment> late,
        Optional<Consequence> consequence,
        String reason) {

    public PlanStatus {
        Checks.text(planId, "PlanStatus", "planId");
        Checks.present(state, "PlanStatus", "state");
        Checks.present(asOf, "PlanStatus", "asOf");
        Checks.present(paid, "PlanStatus", "paid");
        Checks.present(dueSoFar, "PlanStatus", "dueSoFar");
        next = Checks.optional(next);
        late = Checks.optional(late);
        consequence = Checks.optional(consequence);
        if (consequence.isPresent() && state != PlanState.BROKEN) {
            throw new IllegalArgumentException("PlanStatus of plan " + planId + " carries a consequence while " + state);
        }
        Checks.text(reason, "PlanStatus", "reason");
    }

    /** Completed, or active with nothing late (not even within grace): the plan is being kept. */
    public boolean isOnTrack() {
        return state == PlanState.COMPLETED || (state == PlanState.ACTIVE && late.isEmpty());
    }
}
