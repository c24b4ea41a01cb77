package io.arrears.store.jdbc.contact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a contact log entry: SHA-256 over an unambiguous encoding of its fields. The encoding
 * starts with a format tag; each field is then 0x00 when absent, or 0x01, its UTF-8 length as four
 * bytes big-endian and its UTF-8 bytes. Lengths make field boundaries explicit, so moving text from
 * one field to the next changes the hash, and absent differs from empty.
 * Field order: sequence (decimal), customer id, occurred at and recorded at (ISO-8601 instants),
 * collector, channel, direction, outcome, notes, excuse category, recording reference, related
 * reference, previous hash. Changing any of this is a new format: bump the tag.
 */
final class ContactHash {

    static final String FORMAT_TAG = "arrears-contact-log/v1";

    private ContactHash() {
    }

    static String of(ContactLogRow row) {
        return of(List.of(
                field(Long.toString(row.seq())), field(row.customerId()),
                field(row.occurredAt() == null ? null : row.occurredAt().toString()),
                field(row.recordedAt() == null ? null : row.recordedAt().toString()),
                field(row.collector()), field(row.channel()), field(row.direction()), field(row.outcome()),
                field(row.notes()), field(row.excuseCategory()), field(row.recordingReference()),
                field(row.relatedReference()), field(row.previousHash())));
    }

    private static String of(List<byte[]> encodedFields) {
        MessageDigest sha256 = sha256();
        sha256.update(FORMAT_TAG.getBytes(StandardCharsets.UTF_8));
        encodedFields.forEach(sha256::update);
        return HexFormat.of().formatHex(sha256.digest());
    }

    static byte[] field(String value) {
        if (value == null) {
            return new byte[] {0};
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 4 + utf8.length).put((byte) 1).putInt(utf8.length).put(utf8).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
