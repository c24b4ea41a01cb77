package io.arrears.rest.internal.contacts;

import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import java.util.Arrays;

/**
 * One contact person of a customer: {@code role} ACCOUNTS_PAYABLE, DECISION_MAKER or ESCALATION, a name, and an
 * e-mail address and/or a phone number (E.164, e.g. +48221234567).
 */
public record ContactPersonJson(String role, String name, String email, String phone) {

    static ContactPersonJson of(Contact contact) {
        return new ContactPersonJson(contact.role().name(), contact.name(), contact.email().orElse(null),
                contact.phone().orElse(null));
    }

    Contact toContact(int index) {
        String at = "contacts[" + index + "]";
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException(at + ".role is required: one of " + Arrays.toString(ContactRole.values()));
        }
        ContactRole parsed = Arrays.stream(ContactRole.values()).filter(r -> r.name().equals(role.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(at + ".role '" + role + "' is unknown: expected one of "
                        + Arrays.toString(ContactRole.values())));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(at + ".name is required");
        }
        String mail = blankToNull(email);
        String tel = blankToNull(phone);
        if (mail == null && tel == null) {
            throw new IllegalArgumentException(at + " needs an email or a phone");
        }
        if (tel != null && !tel.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException(at + ".phone '" + tel + "' is not in E.164 form (+ country code and digits)");
        }
        try {
            return Contact.of(parsed, name.strip(), mail, tel);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
