package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an early-payment discount offer says: pay {@code discountedAmount} in full by {@code validUntil} and
 * {@code discount} of {@code debt} is forgiven. Rendered in the debtor's language with the same templates mechanism as
 * the notices ({@code offer.tpl}).
 *
 * @param contactPerson whom the message greets (empty: the generic greeting)
 * @param offeredBy     the collector who made the offer; the message is signed with this name
 * @param percent       the discount in percent (2.5 means 2.5 %)
 * @param documentNumbers the invoices the offer is for (empty: the whole balance)
 * @param reference     what the debtor quotes with the payment (the offer id)
 */
public record OfferRequest(String offerId, String languageTag, String debtorName, Optional<String> contactPerson,
                           String offeredBy, BigDecimal percent, Money debt, Money discount, Money discountedAmount,
                           LocalDate validUntil, List<String> documentNumbers, String reference) {

    public OfferRequest {
        String r = "OfferRequest";
        Checks.text(offerId, r, "offerId");
        Checks.text(languageTag, r, "languageTag");
        Checks.text(debtorName, r, "debtorName");
        contactPerson = Checks.optionalText(contactPerson, r, "contactPerson");
        Checks.text(offeredBy, r, "offeredBy");
        Checks.present(percent, r, "percent");
        Checks.present(debt, r, "debt");
        Checks.present(discount, r, "discount");
        Checks.present(discountedAmount, r, "discountedAmount");
        Checks.present(validUntil, r, "validUntil");
        documentNumbers = Checks.list(documentNumbers, r, "documentNumbers");
        Checks.text(reference, r, "reference");
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }
}
