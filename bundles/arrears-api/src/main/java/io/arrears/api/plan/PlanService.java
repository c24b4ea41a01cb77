package io.arrears.api.plan;

import java.util.List;

/** Payment plans for collectors: calculate, check against the guardrails, agree. */
public interface PlanService {

    /** The schedule for the terms and the guardrail verdict; nothing is stored. */
    PlanProposal preview(PlanTerms terms, String collector);

    /**
     * Agrees the plan: stored, dunning paused, agreement sent.
     *
     * @param mayApprove true for a manager, who may agree a plan beyond the collector's guardrails
     * @throws ApprovalRequiredException when the plan is beyond the guardrails and the caller may not approve it
     */
    StoredPlan agree(PlanTerms terms, String user, boolean mayApprove);

    List<StoredPlan> plans(String erpCustomerId);
}
