package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import java.util.Optional;

/**
 * The company owed the money, as the letter shows it.
 *
 * @param name                legal name, printed and used as the beneficiary of the transfer
 * @param address             postal address
 * @param iban                account to pay into (spaces allowed, checked by the renderer)
 * @param bic                 bank identifier, optional
 * @param paymentLinkTemplate optional online-payment URL with the placeholders {@code {reference}} and
 *                            {@code {amount}} (plain decimal, e.g. {@code 1234.56}), both URL-encoded when filled
 */
public record Creditor(String name, PostalAddress address, String iban, Optional<String> bic,
                       Optional<String> paymentLinkTemplate) {

    public Creditor {
        Checks.text(name, "Creditor", "name");
        Checks.present(address, "Creditor", "address");
        Checks.text(iban, "Creditor", "iban");
        bic = Checks.optionalText(bic, "Creditor", "bic");
        paymentLinkTemplate = Checks.optionalText(paymentLinkTemplate, "Creditor", "paymentLinkTemplate");
    }

    public static Creditor of(String name, PostalAddress address, String iban, String bic, String paymentLinkTemplate) {
        return new Creditor(name, address, iban, Optional.ofNullable(bic), Optional.ofNullable(paymentLinkTemplate));
    }
}
