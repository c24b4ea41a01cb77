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
}
