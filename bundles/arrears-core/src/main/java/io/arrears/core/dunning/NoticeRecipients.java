package io.arrears.core.dunning;

import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.outbox.DeliveryChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who at the debtor receives a notice. The level names contact roles in order of preference (adjusted by the playbook,
 * {@link DunningStyle#recipients}); the first role whose contact has an address for the channel (an e-mail address for
 * e-mail, a phone number for SMS and calls) receives it. The documented fallback when none of them has one: any other
 * contact with such an address, the accounts-payable clerk first (the ERP's billing e-mail is that contact's); when
 * nobody has one, the notice becomes a collector task. Every role passed over is named in {@link Choice#notes()}, which
 * the notice keeps as part of its reason so collectors see it in the timeline.
 */
public final class NoticeRecipients {

    private NoticeRecipients() {
    }

    /** The chosen contact (empty: nobody has an address for the channel) and why roles were passed over. */
    public record Choice(Optional<Contact> contact, List<String> notes) {

        public Choice {
            notes = List.copyOf(notes);
        }

        /** "to <role> <name>" and the notes, for the notice's reason. */
        public String describe() {
            String to = contact.map(c -> "to " + label(c.role()) + " " + c.name()).orElse("no contact reachable");
            return notes.isEmpty() ? to : to + " (" + String.join("; ", notes) + ")";
        }
    }

    public static Choice choose(List<ContactRole> roles, List<Contact> contacts, DeliveryChannel channel) {
        List<String> notes = new ArrayList<>();
        for (ContactRole role : roles) {
            Optional<Contact> contact = contacts.stream().filter(c -> c.role() == role).findFirst();
            if (contact.isEmpty()) {
                notes.add(label(role) + " skipped: no such contact");
            } else if (address(contact.get(), channel).isEmpty()) {
                notes.add(label(role) + " " + contact.get().name() + " skipped: no " + what(channel));
            } else {
                return new Choice(contact, notes);
            }
        }
        for (ContactRole role : ContactRole.values()) {
            Optional<Contact> fallback = contacts.stream().filter(c -> c.role() == role && !roles.contains(role)
                    && address(c, channel).isPresent()).findFirst();
            if (fallback.isPresent()) {
                notes.add("fallback to " + label(role));
                return new Choice(fallback, notes);
            }
        }
        notes.add("no contact has " + what(channel));
        return new Choice(Optional.empty(), notes);
    }

    /** The contact's address for the channel: e-mail for EMAIL, phone for SMS and TASK (a call); none for letters. */
    public static Optional<String> address(Contact contact, DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> contact.email();
            case SMS, TASK -> contact.phone();
            case LETTER -> Optional.empty();
        };
    }

    static String label(ContactRole role) {
        return switch (role) {
            case ACCOUNTS_PAYABLE -> "accounts-payable clerk";
            case DECISION_MAKER -> "decision maker";
            case ESCALATION -> "escalation contact";
        };
    }

    private static String what(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "e-mail address";
            case SMS, TASK -> "phone number";
            case LETTER -> "postal address";
        };
    }
}
