package io.arrears.core.call;

import io.arrears.api.ledger.Customer;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;

/**
 * The early-payment discount offer as the debtor reads it: pay this much by that day and the rest is forgiven. English
 * text with amounts and dates in the debtor's locale (like {@link PlanAgreementText}), used when no letter renderer is
 * available (else {@link DiscountOfferMessages} in the debtor's language); the offer id is the reference.
 */
final class DiscountOfferText {

    private DiscountOfferText() {
    }

    static String subject(StoredDiscountOffer stored) {
        return "Early-payment discount " + stored.id() + ": " + stored.offer().percent().stripTrailingZeros().toPlainString()
                + " % off until " + stored.offer().validUntil();
    }

    static String body(StoredDiscountOffer stored, Customer customer) {
        EarlyPaymentDiscount o = stored.offer();
        LocalFormat format = new LocalFormat(customer.locale());
        return "Dear " + customer.name() + ",\n\n"
                + "as agreed with " + stored.offeredBy() + ", we offer you a discount of "
                + o.percent().stripTrailingZeros().toPlainString() + " % on " + format.money(o.debt())
                + (o.itemIds().isEmpty() ? "" : " (" + String.join(", ", o.itemIds()) + ")") + ".\n\n"
                + "If " + format.money(o.discountedAmount()) + " reaches us in full by " + format.date(o.validUntil())
                + ", the remaining " + format.money(o.discount()) + " is forgiven. Please quote " + stored.id()
                + " with your payment.\n\n"
                + "After " + format.date(o.validUntil()) + " the offer ends and the full amount of " + format.money(o.debt())
                + " stands.\n\nKind regards,\n" + stored.offeredBy();
    }
}
