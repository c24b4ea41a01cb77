package io.arrears.core.call;

import io.arrears.api.ledger.Customer;
import io.arrears.api.letter.OfferRenderer;
import io.arrears.api.letter.OfferRequest;
import io.arrears.api.letter.RenderedMessage;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;
import java.util.Objects;
import java.util.Optional;

/**
 * The early-payment discount offer as a message in the debtor's language (the letters bundle's {@code offer.tpl},
 * editable like the notices). The debtor quotes the offer id with the payment.
 */
public final class DiscountOfferMessages {

    private final OfferRenderer renderer;

    public DiscountOfferMessages(OfferRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** @param contactPerson whom the message greets (empty: the generic greeting) */
    public RenderedMessage render(StoredDiscountOffer stored, Customer customer, Optional<String> contactPerson) {
        EarlyPaymentDiscount o = stored.offer();
        return renderer.render(new OfferRequest(stored.id(), customer.language(), customer.name(), contactPerson,
                stored.offeredBy(), o.percent(), o.debt(), o.discount(), o.discountedAmount(), o.validUntil(), o.itemIds(),
                stored.id()));
    }
}
