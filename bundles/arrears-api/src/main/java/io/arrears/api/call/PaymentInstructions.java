package io.arrears.api.call;

import io.arrears.api.check.Checks;
import java.util.Optional;

/**
 * How the debtor pays, printed in confirmations.
 *
 * @param reference   what the debtor quotes, e.g. an RF creditor reference or the invoice number
 * @param paymentLink a direct digital payment link, if the company offers one
 */
public record PaymentInstructions(String accountHolder, String iban, Optional<String> bic, String reference,
        Optional<String> paymentLink) {

    public PaymentInstructions {
        Checks.text(accountHolder, "PaymentInstructions", "accountHolder");
        Checks.text(iban, "PaymentInstructions", "iban");
        bic = Checks.optional(bic);
        Checks.text(reference, "PaymentInstructions", "reference");
        paymentLink = Checks.optional(paymentLink);
    }
}
