package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import java.util.List;

/**
 * A calculated plan and what the guardrails say about it.
 *
 * @param reasons why a manager must approve it; empty when the collector may agree it
 */
public record PlanProposal(PaymentPlan plan, boolean needsManagerApproval, List<String> reasons) {

    public PlanProposal {
        Checks.present(plan, "PlanProposal", "plan");
        reasons = Checks.list(reasons, "PlanProposal", "reasons");
    }
}
