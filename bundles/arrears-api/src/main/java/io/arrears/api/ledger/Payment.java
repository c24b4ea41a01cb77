package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Money received from a debtor, or (with {@code reversalOf}) the return of an earlier payment
 * (a return debit, a bounced direct debit).
 *
 * @param externalKey the idempotency key: applying a payment with a known key changes nothing
 * @param amount      always positive; a reversal carries the amount of the payment it reverses
 * @param references  document numbers or payment references quoted by the payer, most specific
 *                    first; may be empty
 * @param reversalOf  the external key of the payment this one reverses
 */
public record Payment(
        String externalKey,
        String customerId,
        LocalDate valueDate,
        Money amount,
        List<String> references,
        Optional<String> reversalOf) {

    public Payment {
        Checks.text(externalKey, "Payment", "externalKey");
        Checks.text(customerId, "Payment", "customerId");
        Checks.present(valueDate, "Payment", "valueDate");
        Checks.positive(amount, "Payment", "amount");
        references = Checks.list(references, "Payment", "references");
        references.forEach(r -> Checks.text(r, "Payment", "references[]"));
        reversalOf = Checks.optionalText(reversalOf, "Payment", "reversalOf");
        if (reversalOf.filter(externalKey::equals).isPresent()) {
            throw new IllegalArgumentException("Payment " + externalKey + " cannot reverse itself");
        }
    }

    /** A payment (not a reversal). */
    public static Payment of(String externalKey, String customerId, LocalDate valueDate, Money amount,
            List<String> references) {
        return new Payment(externalKey, customerId, valueDate, amount, references, Optional.empty());
    }

    /** The return of {@code reversed}, under the return's own key. */
    public static Payment reversal(String externalKey, Payment reversed, LocalDate valueDate) {
        return new Payment(externalKey, reversed.customerId(), valueDate, reversed.amount(), List.of(),
                Optional.of(reversed.externalKey()));
    }

    public boolean isReversal() {
        return reversalOf.isPresent();
    }
}
