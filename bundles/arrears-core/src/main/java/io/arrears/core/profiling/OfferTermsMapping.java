package io.arrears.core.profiling;

import io.arrears.api.money.Money;
import io.arrears.api.profile.ProfileService.OfferTerms;
import io.arrears.core.profile.Offer;
import io.arrears.core.profile.OfferKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** An offer as the REST API names it, turned into the domain {@link Offer}; bad input is a clear error. */
final class OfferTermsMapping {

    private OfferTermsMapping() {
    }

    static Offer offer(OfferTerms terms) {
        Objects.requireNonNull(terms, "offer");
        OfferKind kind;
        try {
            kind = OfferKind.valueOf(Objects.requireNonNull(terms.kind(), "kind").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("offer kind '" + terms.kind() + "' is not one of "
                    + Arrays.toString(OfferKind.values()));
        }
        if (terms.debt() == null) {
            throw new IllegalArgumentException("an offer needs the debt it settles");
        }
        Money first = terms.firstInstalment() == null ? Money.zero(terms.debt().currency()) : terms.firstInstalment();
        if (!first.currency().equals(terms.debt().currency())) {
            throw new IllegalArgumentException("firstInstalment " + first + " is not in the debt's currency " + terms.debt());
        }
        BigDecimal discount = terms.discountPercent() == null ? BigDecimal.ZERO : terms.discountPercent();
        return new Offer(kind, terms.debt(), terms.planMonths(), first, discount, terms.extensionDays(), terms.waivesFees(),
                terms.waivesInterest());
    }
}
