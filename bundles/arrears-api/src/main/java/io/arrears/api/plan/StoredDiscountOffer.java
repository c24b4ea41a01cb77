package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An early-payment discount offer as made: its id (also in the offer message's key), who offered and approved it. */
public record StoredDiscountOffer(String id, EarlyPaymentDiscount offer, String offeredBy, Optional<String> approvedBy,
        Instant createdAt) {

    public StoredDiscountOffer {
        Checks.text(id, "StoredDiscountOffer", "id");
        Objects.requireNonNull(offer, "StoredDiscountOffer.offer");
        Checks.text(offeredBy, "StoredDiscountOffer", "offeredBy");
        approvedBy = approvedBy == null ? Optional.empty() : approvedBy;
        Objects.requireNonNull(createdAt, "StoredDiscountOffer.createdAt");
    }
}
