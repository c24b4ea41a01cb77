package io.arrears.api.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 master key of encrypted values, 32 bytes in base64 ({@code openssl rand -base64 32}), from the
 * environment variable {@value #VARIABLE} or from the file named by {@value #FILE_VARIABLE}. Never from Karaf's
 * {@code etc/}: a key next to the values it protects protects nothing, so a key file inside {@code karaf.etc} is refused.
 */
public final class MasterKey {

    public static final String VARIABLE = "ARREARS_MASTER_KEY";
    public static final String FILE_VARIABLE = "ARREARS_MASTER_KEY_FILE";
    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    SecretKey key() {
        return key;
    }

    /** The key from the process environment; empty when neither variable is set. */
    public static Optional<MasterKey> fromEnvironment() {
        return from(System::getenv, Optional.ofNullable(System.getProperty("karaf.etc")).map(Path::of));
    }

    /**
     * @param environment the environment variables
     * @param karafEtc    Karaf's configuration folder, where the key file must not be
     */
    public static Optional<MasterKey> from(Function<String, String> environment, Optional<Path> karafEtc) {
        String inline = environment.apply(VARIABLE);
        if (inline != null && !inline.isBlank()) {
            return Optional.of(parse(inline, VARIABLE));
        }
        String file = environment.apply(FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file.strip()).toAbsolutePath().normalize();
        if (karafEtc.map(etc -> path.startsWith(etc.toAbsolutePath().normalize())).orElse(false)) {
            throw new SecretException(FILE_VARIABLE + " points into Karaf's etc/ (" + path
                    + "): keep the master key outside the configuration it protects");
        }
        try {
            return Optional.of(parse(Files.readString(path, StandardCharsets.US_ASCII), FILE_VARIABLE + " file " + path));
        } catch (IOException e) {
            throw new SecretException("the master key file " + path + " (" + FILE_VARIABLE + ") cannot be read: " + e, e);
        }
    }

    /** A key of 32 bytes in base64; {@code source} names where it came from in errors (never the key). */
    public static MasterKey parse(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SecretException(source + " is not base64 (expected " + KEY_BYTES + " random bytes: openssl rand -base64 32)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new SecretException(source + " has " + bytes.length + " bytes, an AES-256 master key has " + KEY_BYTES
                    + " (openssl rand -base64 32)");
        }
        return new MasterKey(new SecretKeySpec(bytes, "AES"));
    }

    @Override
    public String toString() {
        return "MasterKey[***]";
    }
}
