package io.arrears.store.jdbc.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactHashTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void textMovedAcrossAFieldBoundaryChangesTheHash() {
        assertThat(hash(entry("ab", Optional.of("c")))).isNotEqualTo(hash(entry("a", Optional.of("bc"))));
    }

    @Test
    void absentDiffersFromEmpty() {
        ContactLogRow emptyNotes = row(entry("", Optional.empty()), 1);

        assertThat(ContactHash.of(emptyNotes)).isNotEqualTo(ContactHash.of(withNotes(emptyNotes, null)));
    }

    @Test
    void sequenceAndPreviousHashAreCovered() {
        NewContactEntry entry = entry("note", Optional.empty());

        assertThat(ContactHash.of(row(entry, 1))).isNotEqualTo(ContactHash.of(row(entry, 2)));
        assertThat(ContactLogRow.append(1, AT, entry, ContactEntry.GENESIS_HASH).entryHash())
                .isNotEqualTo(ContactLogRow.append(1, AT, entry, "1".repeat(64)).entryHash());
    }

    @Test
    void hashFollowsTheDocumentedEncoding() {
        // computed independently (Python hashlib) from the encoding in ContactHash's javadoc; the stored
        // chain depends on it, so a change here needs a new format tag
        assertThat(hash(entry("will pay Friday", Optional.of("cash-flow problems"))))
                .isEqualTo("e8f4082bfa6f76d5e3556efda11f3666299f75c924ee2b4b6cccfd459e9dd2ec");
        assertThat(ContactHash.field(null)).containsExactly(0);
        assertThat(ContactHash.field("é")).containsExactly(1, 0, 0, 0, 2, 0xc3 - 256, 0xa9 - 256);
    }

    private static String hash(NewContactEntry entry) {
        return ContactLogRow.append(1, AT, entry, ContactEntry.GENESIS_HASH).entryHash();
    }

    private static ContactLogRow row(NewContactEntry entry, long seq) {
        return ContactLogRow.append(seq, AT, entry, ContactEntry.GENESIS_HASH);
    }

    private static ContactLogRow withNotes(ContactLogRow r, String notes) {
        return new ContactLogRow(r.seq(), r.customerId(), r.occurredAt(), r.recordedAt(), r.collector(), r.channel(), r.direction(),
                r.outcome(), notes, r.excuseCategory(), r.recordingReference(), r.relatedReference(), r.previousHash(), r.entryHash());
    }

    private static NewContactEntry entry(String notes, Optional<String> excuse) {
        return new NewContactEntry("C-1", AT, "kim", ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_COMMITMENT, notes,
                excuse, Optional.empty(), Optional.empty());
    }
}
