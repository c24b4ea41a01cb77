package io.arrears.rest.internal.collection;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Body of {@code POST customers/{id}/contacts}: a contact logged by hand. Calls are logged through {@code /calls}.
 *
 * @param channel    NOTE, VISIT, EMAIL, LETTER or SMS
 * @param direction  OUT (default) or IN
 * @param outcome    default NOTE for a note, SENT for an outgoing message, DELIVERED for an incoming one or a visit
 * @param occurredAt default now; not in the future
 */
public record NewContactJson(String channel, String direction, String outcome, Instant occurredAt, String notes,
        String excuseCategory, String relatedReference) {

    static final Set<ContactChannel> BY_HAND = EnumSet.of(ContactChannel.NOTE, ContactChannel.VISIT, ContactChannel.EMAIL,
            ContactChannel.LETTER, ContactChannel.SMS);

    NewContactEntry toEntry(String customerId, String collector, Instant now) {
        ContactChannel parsedChannel = Fields.choice(channel, ContactChannel.class, "channel");
        if (!BY_HAND.contains(parsedChannel)) {
            throw new IllegalArgumentException("channel: " + parsedChannel + " is logged through POST customers/{id}/calls; here one of "
                    + BY_HAND);
        }
        ContactDirection parsedDirection = Fields.text(direction).isEmpty() ? ContactDirection.OUT
                : Fields.choice(direction, ContactDirection.class, "direction");
        ContactOutcome parsedOutcome = Fields.text(outcome).isPresent() ? Fields.choice(outcome, ContactOutcome.class, "outcome")
                : parsedChannel == ContactChannel.NOTE ? ContactOutcome.NOTE
                : parsedChannel == ContactChannel.VISIT || parsedDirection == ContactDirection.IN ? ContactOutcome.DELIVERED
                : ContactOutcome.SENT;
        if (occurredAt != null && occurredAt.isAfter(now)) {
            throw new IllegalArgumentException("occurredAt: " + occurredAt + " lies in the future");
        }
        if (parsedChannel == ContactChannel.NOTE && Fields.text(notes).isEmpty()) {
            throw new IllegalArgumentException("notes: a NOTE needs its text");
        }
        return new NewContactEntry(customerId, occurredAt == null ? now : occurredAt, collector, parsedChannel, parsedDirection,
                parsedOutcome, notes == null ? "" : notes, Fields.text(excuseCategory), Optional.empty(), Fields.text(relatedReference));
    }
}
