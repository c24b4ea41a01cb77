package io.arrears.api.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final MasterKey MASTER = MasterKey.parse(KEY, "test");

    @Test
    void anEncryptedValueDecryptsWithTheSameKeyAndEachEncryptionDiffers() {
        SecretCipher cipher = new SecretCipher(MASTER);
        String first = cipher.encrypt("s3cr3t-Pässwort");
        String second = cipher.encrypt("s3cr3t-Pässwort");
        assertThat(first).startsWith("ENC(").endsWith(")").doesNotContain("s3cr3t").isNotEqualTo(second);
        assertThat(Secrets.resolve("password", first, () -> Optional.of(MASTER))).isEqualTo("s3cr3t-Pässwort");
        assertThat(Secrets.resolve("password", " " + second + "\n", () -> Optional.of(MASTER))).isEqualTo("s3cr3t-Pässwort");
    }

    @Test
    void plainValuesPassThroughWithoutAKey() {
        assertThat(Secrets.resolve("password", "from-env", Optional::empty)).isEqualTo("from-env");
        assertThat(Secrets.resolve("password", "", Optional::empty)).isEmpty();
    }

    @Test
    void aWrongKeyIsAClearErrorWithoutTheSecret() {
        String value = new SecretCipher(MASTER).encrypt("topsecret");
        MasterKey other = MasterKey.parse(OTHER_KEY, "test");
        assertThatThrownBy(() -> Secrets.resolve("smtp.password", value, () -> Optional.of(other)))
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("smtp.password").hasMessageContaining("wrong ARREARS_MASTER_KEY")
                .hasMessageNotContaining("topsecret").hasMessageNotContaining(value);
    }

    @Test
    void alteredTruncatedOrMalformedValuesAreRefused() {
        String value = new SecretCipher(MASTER).encrypt("topsecret");
        byte[] payload = Base64.getDecoder().decode(value.substring(4, value.length() - 1));
        payload[payload.length - 1] ^= 1;
        String altered = "ENC(" + Base64.getEncoder().encodeToString(payload) + ")";
        assertThatThrownBy(() -> Secrets.resolve("token", altered, () -> Optional.of(MASTER)))
                .isInstanceOf(SecretException.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> Secrets.resolve("token", "ENC(not base64!)", () -> Optional.of(MASTER)))
                .isInstanceOf(SecretException.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> Secrets.resolve("token", "ENC(AQID)", () -> Optional.of(MASTER)))
                .isInstanceOf(SecretException.class).hasMessageContaining("truncated");
    }

    @Test
    void anEncryptedValueWithoutAMasterKeyNamesTheVariables() {
        String value = new SecretCipher(MASTER).encrypt("topsecret");
        assertThatThrownBy(() -> Secrets.resolve("password in io.arrears.store", value, Optional::empty))
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("password in io.arrears.store").hasMessageContaining("ARREARS_MASTER_KEY");
    }

    @Test
    void theMasterKeyComesFromTheVariableOrAFileOutsideEtc(@TempDir Path dir) throws Exception {
        assertThat(MasterKey.from(Map.<String, String>of()::get, Optional.empty())).isEmpty();
        assertThat(MasterKey.from(Map.of("ARREARS_MASTER_KEY", KEY)::get, Optional.empty())).isPresent();
        Path file = Files.writeString(dir.resolve("master.key"), KEY + "\n");
        MasterKey fromFile = MasterKey.from(Map.of("ARREARS_MASTER_KEY_FILE", file.toString())::get, Optional.of(dir.resolve("etc")))
                .orElseThrow();
        assertThat(new SecretCipher(MASTER).decrypt("x", new SecretCipher(fromFile).encrypt("same key"))).isEqualTo("same key");
        assertThat(fromFile.toString()).doesNotContain(KEY);

        Path etc = Files.createDirectories(dir.resolve("etc"));
        Path inEtc = Files.writeString(etc.resolve("master.key"), KEY);
        assertThatThrownBy(() -> MasterKey.from(Map.of("ARREARS_MASTER_KEY_FILE", inEtc.toString())::get, Optional.of(etc)))
                .isInstanceOf(SecretException.class).hasMessageContaining("etc/");
    }

    @Test
    void aMasterKeyOfTheWrongSizeOrNotBase64IsRefused() {
        assertThatThrownBy(() -> MasterKey.parse("c2hvcnQ=", "ARREARS_MASTER_KEY"))
                .isInstanceOf(SecretException.class).hasMessageContaining("5 bytes").hasMessageContaining("32");
        assertThatThrownBy(() -> MasterKey.parse("%%%", "ARREARS_MASTER_KEY"))
                .isInstanceOf(SecretException.class).hasMessageContaining("not base64");
    }
}
