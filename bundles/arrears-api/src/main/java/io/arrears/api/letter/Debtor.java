package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import java.util.Optional;

/** The customer the letter is addressed to; the contact person, when known, is greeted by name. */
public record Debtor(String name, PostalAddress address, Optional<String> contactPerson) {

    public Debtor {
        Checks.text(name, "Debtor", "name");
        Checks.present(address, "Debtor", "address");
        contactPerson = Checks.optionalText(contactPerson, "Debtor", "contactPerson");
    }

    public static Debtor of(String name, PostalAddress address, String contactPerson) {
        return new Debtor(name, address, Optional.ofNullable(contactPerson));
    }
}
