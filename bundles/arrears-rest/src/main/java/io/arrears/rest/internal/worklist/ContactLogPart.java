package io.arrears.rest.internal.worklist;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The day of the customer's last logged contact, from the contact log (read page by page, oldest first). */
final class ContactLogPart implements SignalPart {

    private static final int PAGE = 1000;

    private final ContactLog log;
    private final ZoneId zone;

    ContactLogPart(ContactLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    @Override
    public CustomerSignals add(String customerId, CustomerSignals signals, LocalDate asOf) {
        Optional<ContactEntry> last = Optional.empty();
        long after = 0;
        while (true) {
            List<ContactEntry> page = log.entries(customerId, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            last = Optional.of(page.get(page.size() - 1));
            after = last.get().sequence();
            if (page.size() < PAGE) {
                break;
            }
        }
        return signals.withLastContact(last.map(e -> LocalDate.ofInstant(e.occurredAt(), zone))
                .filter(day -> !day.isAfter(asOf)));
    }
}
