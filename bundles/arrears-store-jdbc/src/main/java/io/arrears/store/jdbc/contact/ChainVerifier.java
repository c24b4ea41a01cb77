package io.arrears.store.jdbc.contact;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.Violation;
import io.arrears.api.contact.ViolationKind;
import java.util.Optional;

/**
 * Walks contact log rows in sequence order and finds the first that is not as appended: numbers
 * must run 1, 2, 3 without gaps, each row's hash must match its fields, and each row must link to
 * the hash of the row before; at the end the recorded head must name the last row. Feed it rows
 * with {@link #accept}; stop at the first violation.
 */
final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = ContactEntry.GENESIS_HASH;
    private long checked;

    Optional<Violation> accept(ContactLogRow row) {
        if (row.seq() != expectedSeq) {
            return Optional.of(row.seq() > expectedSeq
                    ? new Violation(expectedSeq, ViolationKind.MISSING, "entry " + expectedSeq + " is missing: the log goes from "
                            + (expectedSeq - 1) + " to " + row.seq())
                    : new Violation(row.seq(), ViolationKind.CHAIN_BROKEN, "entry " + row.seq() + " appears after entry "
                            + (expectedSeq - 1) + ": rows are out of order"));
        }
        String computed = row.expectedHash();
        if (!computed.equals(row.entryHash())) {
            return Optional.of(new Violation(row.seq(), ViolationKind.ALTERED, "entry " + row.seq() + " has stored hash "
                    + row.entryHash() + " but its fields hash to " + computed + ": a field was changed or the row moved"));
        }
        if (!previousHash.equals(row.previousHash())) {
            return Optional.of(new Violation(row.seq(), ViolationKind.CHAIN_BROKEN, "entry " + row.seq() + " links to "
                    + row.previousHash() + " but entry " + (row.seq() - 1) + " has hash " + previousHash
                    + ": entries were removed, inserted or reordered before it"));
        }
        expectedSeq++;
        previousHash = row.entryHash();
        checked++;
        return Optional.empty();
    }

    /** After the last row: does the recorded head name it? */
    Optional<Violation> finish(long headSeq, String headHash) {
        long lastSeq = expectedSeq - 1;
        if (headSeq != lastSeq || !previousHash.equals(headHash)) {
            return Optional.of(new Violation(headSeq, ViolationKind.HEAD_MISMATCH, "the recorded head is entry " + headSeq
                    + " with hash " + headHash + " but the log ends at entry " + lastSeq + " with hash " + previousHash));
        }
        return Optional.empty();
    }

    long checked() {
        return checked;
    }
}
