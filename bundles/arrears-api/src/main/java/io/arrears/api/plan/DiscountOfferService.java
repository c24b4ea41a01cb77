package io.arrears.api.plan;

import java.time.LocalDate;
import java.util.List;

/** Limited-time early-payment discounts for collectors: offered within the guardrails, sent to the debtor, tracked. */
public interface DiscountOfferService {

    /** An offer and where it stands as of a day. */
    record Judged(StoredDiscountOffer stored, DiscountOfferState state) {
    }

    /**
     * Makes the offer: checked against the negotiation guardrails of the debtor's behaviour type, stored and sent (an
     * e-mail to the debtor, or a collector task when no e-mail address is known).
     *
     * @param mayApprove whether the user may approve beyond the guardrails (a manager)
     * @throws ApprovalRequiredException when the discount is beyond the guardrails and {@code mayApprove} is false
     */
    Judged offer(EarlyPaymentDiscount offer, String user, boolean mayApprove);

    /** The customer's offers, newest first, judged as of {@code asOf}. */
    List<Judged> offers(String erpCustomerId, LocalDate asOf);
}
