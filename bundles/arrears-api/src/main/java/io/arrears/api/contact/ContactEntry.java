package io.arrears.api.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One entry of the contact log as stored: the contact, its place in the global chain and its hashes.
 *
 * @param sequence     position in the global log, 1, 2, 3, ... without gaps
 * @param recordedAt   when the log accepted the entry (a contact logged days later shows it)
 * @param previousHash the {@link #entryHash()} of entry {@code sequence - 1}, 64 zeros for entry 1
 * @param entryHash    SHA-256 (lower-case hex) over the canonical encoding of every other field,
 *                     the sequence and the previous hash included
 */
public record ContactEntry(
        long sequence,
        String customerId,
        Instant occurredAt,
        Instant recordedAt,
        String collector,
        ContactChannel channel,
        ContactDirection direction,
        ContactOutcome outcome,
        String notes,
        Optional<String> excuseCategory,
        Optional<String> recordingReference,
        Optional<String> relatedReference,
        String previousHash,
        String entryHash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final String RECORD = "ContactEntry";

    public ContactEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException(RECORD + ".sequence must be at least 1, was " + sequence);
        }
        // the same checks as a new entry, so a stored entry never holds what could not be appended
        NewContactEntry content = new NewContactEntry(customerId, occurredAt, collector, channel, direction, outcome, notes,
                excuseCategory, recordingReference, relatedReference);
        occurredAt = content.occurredAt();
        excuseCategory = content.excuseCategory();
        recordingReference = content.recordingReference();
        relatedReference = content.relatedReference();
        recordedAt = Fields.present(recordedAt, RECORD, "recordedAt").truncatedTo(ChronoUnit.MICROS);
        Fields.hash(previousHash, RECORD, "previousHash");
        Fields.hash(entryHash, RECORD, "entryHash");
    }

    /** The stored form of {@code content} at {@code sequence}. */
    public static ContactEntry of(long sequence, Instant recordedAt, NewContactEntry content, String previousHash, String entryHash) {
        return new ContactEntry(sequence, content.customerId(), content.occurredAt(), recordedAt, content.collector(),
                content.channel(), content.direction(), content.outcome(), content.notes(), content.excuseCategory(),
                content.recordingReference(), content.relatedReference(), previousHash, entryHash);
    }

    /** The contact itself, without its place in the chain. */
    public NewContactEntry content() {
        return new NewContactEntry(customerId, occurredAt, collector, channel, direction, outcome, notes,
                excuseCategory, recordingReference, relatedReference);
    }
}
