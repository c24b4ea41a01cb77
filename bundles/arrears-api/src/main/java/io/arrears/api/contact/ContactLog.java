package io.arrears.api.contact;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only, tamper-evident log of every contact with customers (domain rule 3.6). One global
 * chain: each entry carries the hash of the one before, so any later change to a stored entry, a
 * removed entry or a changed order is found by {@link #verify()}. The database itself rejects
 * UPDATE and DELETE on the log.
 */
public interface ContactLog {

    /**
     * Appends one contact as the next entry of the chain. Concurrent appends are serialized: each
     * gets its own sequence number and links to the one before.
     */
    ContactEntry append(NewContactEntry entry);

    /**
     * One page of a customer's entries in sequence order (oldest first): those after
     * {@code afterSequence} (0 for the first page), at most {@code limit} (1 to 1000).
     */
    List<ContactEntry> entries(String customerId, long afterSequence, int limit);

    /**
     * The newest entry (highest sequence) of each of {@code customerIds} that has any, by customer id; customers
     * without entries are absent. Stores override this to read many customers in a few queries (the worklist reads
     * every overdue customer's last contact); this default pages through each customer's entries.
     */
    default Map<String, ContactEntry> latestEntries(Collection<String> customerIds) {
        int page = 1000;
        Map<String, ContactEntry> latest = new LinkedHashMap<>();
        for (String id : customerIds) {
            long after = 0;
            List<ContactEntry> entries;
            do {
                entries = entries(id, after, page);
                if (!entries.isEmpty()) {
                    ContactEntry last = entries.get(entries.size() - 1);
                    latest.put(id, last);
                    after = last.sequence();
                }
            } while (entries.size() == page);
        }
        return latest;
    }

    /** Walks the whole log in sequence order and reports the first entry that is not as appended. */
    VerificationReport verify();

    /** The current head, signed with the configured checkpoint key. */
    Checkpoint checkpoint();

    /** {@link #checkpoint()} written to {@code file} (replaced if present) in {@link Checkpoint#toText()} form. */
    Checkpoint exportCheckpoint(Path file);

    /**
     * Checks the checkpoint's signature, that the log still holds the entry it names with the same
     * hash, and then the whole chain as {@link #verify()} does.
     */
    VerificationReport verify(Checkpoint checkpoint);
}
