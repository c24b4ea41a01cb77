package io.arrears.core.dunning;

import java.util.Objects;

/** Who the debtor pays, as the notice texts state it (configuration; blank fields are left out of the text). */
public record CreditorDetails(String name, String iban, String bic) {

    public CreditorDetails {
        Objects.requireNonNull(name, "CreditorDetails.name");
        Objects.requireNonNull(iban, "CreditorDetails.iban");
        Objects.requireNonNull(bic, "CreditorDetails.bic");
    }
}
