package io.arrears.route.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identifiers derived from an outbox key, so a re-send (after an operator's RETRY) carries the
 * same identity and receivers can recognise a duplicate: the e-mail Message-ID, the SMS gateway
 * reference and file names.
 */
public final class OutboxReferences {

    static final String MESSAGE_ID_DOMAIN = "arrears";

    private OutboxReferences() {
    }

    /** The first 128 bits of SHA-256 of the key, in lower-case hex: safe in file names and headers. */
    public static String reference(String outboxKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(outboxKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** {@code <reference@arrears>}. */
    public static String messageId(String outboxKey) {
        return "<" + reference(outboxKey) + "@" + MESSAGE_ID_DOMAIN + ">";
    }
}
