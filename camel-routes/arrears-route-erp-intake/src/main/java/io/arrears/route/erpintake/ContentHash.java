package io.arrears.route.erpintake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 hex digests: the idempotency key of an intake document. */
final class ContentHash {

    private ContentHash() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String of(String canonical) {
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** Wraps {@code in} so that every byte read is hashed. */
    static DigestInputStream hashing(InputStream in) {
        return new DigestInputStream(in, sha256());
    }

    /** Reads what the parser left unread (trailing whitespace, comments) and returns the hex digest of all bytes. */
    static String finish(DigestInputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }
}
