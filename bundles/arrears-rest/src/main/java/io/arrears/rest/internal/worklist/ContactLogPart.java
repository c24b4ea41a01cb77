package io.arrears.rest.internal.worklist;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The day of each customer's last logged contact (its newest entry), from the contact log in one bulk read. */
final class ContactLogPart implements SignalPart {

    private final ContactLog log;
    private final ZoneId zone;

    ContactLogPart(ContactLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    @Override
    public void addAll(Map<String, CustomerSignals> signals, LocalDate asOf) {
        Map<String, ContactEntry> latest = log.latestEntries(signals.keySet());
        signals.replaceAll((id, s) -> s.withLastContact(Optional.ofNullable(latest.get(id))
                .map(e -> LocalDate.ofInstant(e.occurredAt(), zone))
                .filter(day -> !day.isAfter(asOf))));
    }
}
