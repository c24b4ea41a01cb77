package io.arrears.store.jdbc.contact;

import io.arrears.api.contact.Checkpoint;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs and checks contact log checkpoints with HMAC-SHA256 under the configured key. */
public final class CheckpointSigner {

    /** RFC 2104: a key shorter than the hash output weakens HMAC. */
    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CheckpointSigner(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the contact log checkpoint key must have at least " + MIN_KEY_BYTES
                    + " bytes, has " + (key == null ? 0 : key.length));
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The key as configured: Base64 text (e.g. {@code openssl rand -base64 32}). */
    public static CheckpointSigner fromBase64(String base64Key, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " must be Base64 (e.g. from 'openssl rand -base64 32'): " + e.getMessage(), e);
        }
        try {
            return new CheckpointSigner(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }

    public Checkpoint sign(long headSequence, String headHash, Instant createdAt) {
        return new Checkpoint(headSequence, headHash, createdAt, mac(Checkpoint.signedText(headSequence, headHash, createdAt)));
    }

    /** True when the checkpoint's signature was made with this key over its own fields. */
    public boolean verifies(Checkpoint checkpoint) {
        byte[] expected = HexFormat.of().parseHex(mac(checkpoint.signedText()));
        byte[] actual = HexFormat.of().parseHex(checkpoint.signature());
        return MessageDigest.isEqual(expected, actual); // constant time: no timing hints for a forger
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime must provide " + ALGORITHM, e);
        }
    }
}
