package io.arrears.rest.internal.collection;

import io.arrears.api.contact.ContactEntry;
import java.time.Instant;

/** One contact-log entry as JSON; optional fields are null when absent. */
public record ContactJson(long sequence, String customerId, Instant occurredAt, Instant recordedAt, String collector, String channel,
        String direction, String outcome, String notes, String excuseCategory, String recordingReference, String relatedReference,
        String entryHash) {

    static ContactJson of(ContactEntry e) {
        return new ContactJson(e.sequence(), e.customerId(), e.occurredAt(), e.recordedAt(), e.collector(), e.channel().name(),
                e.direction().name(), e.outcome().name(), e.notes(), e.excuseCategory().orElse(null),
                e.recordingReference().orElse(null), e.relatedReference().orElse(null), e.entryHash());
    }
}
