package io.arrears.api.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * {@code ENC(<base64>)} values: AES-256-GCM with a random 96-bit nonce; the payload is version byte 1, nonce,
 * ciphertext and 128-bit tag. The tag makes a wrong key or an altered value an error, never a wrong password.
 */
public final class SecretCipher {

    static final String PREFIX = "ENC(";
    static final String SUFFIX = ")";
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "arrears-secret".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKey key;

    public SecretCipher(MasterKey key) {
        this.key = key;
    }

    /** Whether a configuration value is an encrypted one, {@code ENC(…)}. */
    public static boolean isEncrypted(String value) {
        return value != null && value.strip().startsWith(PREFIX) && value.strip().endsWith(SUFFIX);
    }

    public String encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer payload = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(payload.array()) + SUFFIX;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** @param name the setting's name, for the error message (the value never appears in it) */
    public String decrypt(String name, String value) {
        String text = value.strip();
        if (!isEncrypted(text)) {
            throw new SecretException(name + " is not of the form ENC(<base64>)");
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(text.substring(PREFIX.length(), text.length() - SUFFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new SecretException(name + ": the ENC(…) value is not base64 (copy it whole from arrears:encrypt)");
        }
        if (payload.length < 1 + NONCE_BYTES + TAG_BITS / 8 || payload[0] != VERSION) {
            throw new SecretException(name + ": the ENC(…) value is truncated or of an unknown version (copy it whole from arrears:encrypt)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload, 1, payload.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        try {
            return new String(cipher(Cipher.DECRYPT_MODE, nonce).doFinal(sealed), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretException(name + ": the ENC(…) value does not decrypt with this master key (wrong "
                    + MasterKey.VARIABLE + ", or the value was altered)");
        } catch (GeneralSecurityException e) {
            throw new SecretException(name + ": the ENC(…) value cannot be decrypted: " + e.getClass().getSimpleName());
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(CONTEXT);
        return cipher;
    }
}
