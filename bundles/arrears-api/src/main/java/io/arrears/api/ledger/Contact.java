package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.util.Optional;

/** A person at the debtor; e-mail and phone are each optional. */
public record Contact(ContactRole role, String name, Optional<String> email, Optional<String> phone) {

    public Contact {
        Checks.present(role, "Contact", "role");
        Checks.text(name, "Contact", "name");
        email = Checks.optionalText(email, "Contact", "email");
        phone = Checks.optionalText(phone, "Contact", "phone");
        email.ifPresent(e -> {
            if (e.indexOf('@') < 1 || e.indexOf('@') == e.length() - 1) {
                throw new IllegalArgumentException("Contact.email is not an e-mail address: '" + e + "'");
            }
        });
    }

    public static Contact of(ContactRole role, String name, String email, String phone) {
        return new Contact(role, name, Optional.ofNullable(email), Optional.ofNullable(phone));
    }
}
