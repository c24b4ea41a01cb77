package io.arrears.store.jdbc.contact;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.store.jdbc.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * One {@code contact_log} row exactly as stored, unchecked: the verifier must be able to hash a row
 * a DBA has filled with anything. {@link #toEntry()} validates.
 */
record ContactLogRow(
        long seq,
        String customerId,
        Instant occurredAt,
        Instant recordedAt,
        String collector,
        String channel,
        String direction,
        String outcome,
        String notes,
        String excuseCategory,
        String recordingReference,
        String relatedReference,
        String previousHash,
        String entryHash) {

    static final String COLUMNS = "seq, customer_id, occurred_at, recorded_at, collector, channel, direction, outcome, notes, "
            + "excuse_category, recording_reference, related_reference, previous_hash, entry_hash";

    /** The row for {@code content} at {@code seq}, its hash computed. */
    static ContactLogRow append(long seq, Instant recordedAt, NewContactEntry content, String previousHash) {
        ContactLogRow unhashed = new ContactLogRow(seq, content.customerId(), content.occurredAt(), recordedAt,
                content.collector(), content.channel().name(), content.direction().name(), content.outcome().name(),
                content.notes(), content.excuseCategory().orElse(null), content.recordingReference().orElse(null),
                content.relatedReference().orElse(null), previousHash, null);
        return unhashed.withEntryHash(ContactHash.of(unhashed));
    }

    static ContactLogRow read(ResultSet rs) throws SQLException {
        return new ContactLogRow(rs.getLong("seq"), rs.getString("customer_id"), Columns.instant(rs, "occurred_at"),
                Columns.instant(rs, "recorded_at"), rs.getString("collector"), rs.getString("channel"),
                rs.getString("direction"), rs.getString("outcome"), rs.getString("notes"), rs.getString("excuse_category"),
                rs.getString("recording_reference"), rs.getString("related_reference"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    /** The values for {@link #COLUMNS}, in order, ready to bind. */
    Object[] values() {
        return new Object[] {seq, customerId, Columns.utc(occurredAt), Columns.utc(recordedAt), collector, channel,
                direction, outcome, notes, excuseCategory, recordingReference, relatedReference, previousHash, entryHash};
    }

    /** What the stored hash should be, given the stored fields. */
    String expectedHash() {
        return ContactHash.of(this);
    }

    ContactEntry toEntry() {
        return ContactEntry.of(seq, recordedAt, new NewContactEntry(customerId, occurredAt, collector,
                ContactChannel.valueOf(channel), ContactDirection.valueOf(direction), ContactOutcome.valueOf(outcome), notes,
                Optional.ofNullable(excuseCategory), Optional.ofNullable(recordingReference), Optional.ofNullable(relatedReference)),
                previousHash, entryHash);
    }

    private ContactLogRow withEntryHash(String hash) {
        return new ContactLogRow(seq, customerId, occurredAt, recordedAt, collector, channel, direction, outcome, notes,
                excuseCategory, recordingReference, relatedReference, previousHash, hash);
    }
}
