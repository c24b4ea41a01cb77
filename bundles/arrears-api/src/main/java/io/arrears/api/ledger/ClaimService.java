package io.arrears.api.ledger;

import java.util.List;
import java.util.Optional;

/** Interest and fee claims of a customer, and their explicit waiver. */
public interface ClaimService {

    /** The customer's fee and interest claims in the order charged; empty when the ledger does not know the customer. */
    Optional<List<Claim>> claims(String erpCustomerId);

    /**
     * Waives what is outstanding on one claim and journals the decision (who, today, why).
     *
     * @throws java.util.NoSuchElementException when the customer has no such fee or interest claim
     * @throws IllegalStateException            when the claim is already waived or has nothing outstanding
     * @throws IllegalArgumentException         when the reason is blank
     */
    Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy);

    /**
     * Waives as {@link #waive(String, String, String, String)} when the customer's negotiation guardrails let a
     * collector waive this kind of claim, or when {@code mayApprove} (a manager); a manager's waiver beyond them is
     * journaled as such.
     *
     * @throws io.arrears.api.plan.ApprovalRequiredException when beyond the guardrails and the caller may not approve it
     */
    default Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy, boolean mayApprove) {
        if (!mayApprove) {
            throw new io.arrears.api.plan.ApprovalRequiredException(List.of("no negotiation guardrails known: a manager waives"));
        }
        return waive(erpCustomerId, claimId, reason, waivedBy);
    }
}
