package io.arrears.rest.internal.escalation;

import io.arrears.api.contact.ContactEntry;
import java.time.Instant;

/** An escalation request as recorded in the contact log ({@code sequence} is its entry there). */
public record EscalationJson(long sequence, String customerId, String kind, String reason, String requestedBy,
        Instant requestedAt) {

    static EscalationJson of(ContactEntry entry) {
        String kind = entry.relatedReference().orElseThrow().substring(EscalationsResource.REFERENCE_PREFIX.length());
        String reason = entry.notes().startsWith(EscalationsResource.notesPrefix(kind))
                ? entry.notes().substring(EscalationsResource.notesPrefix(kind).length())
                : entry.notes();
        return new EscalationJson(entry.sequence(), entry.customerId(), kind, reason, entry.collector(), entry.occurredAt());
    }
}
