package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A payment plan as stored, with where it stands.
 *
 * @param approvedBy the manager who agreed a plan beyond the collector's guardrails
 * @param blockId    the PAYMENT_PLAN dunning block that pauses dunning while the plan runs
 * @param endedAt    when the plan was completed or broken
 * @param endReason  why it ended, with the amounts and dates
 */
public record StoredPlan(PaymentPlan plan, PlanState state, Optional<String> approvedBy, Optional<Long> blockId,
        Optional<Instant> endedAt, Optional<String> endReason) {

    public StoredPlan {
        Checks.present(plan, "StoredPlan", "plan");
        Checks.present(state, "StoredPlan", "state");
        approvedBy = Checks.optional(approvedBy);
        blockId = Checks.optional(blockId);
        endedAt = Checks.optional(endedAt);
        endReason = Checks.optional(endReason);
    }
}
