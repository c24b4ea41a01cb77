package io.arrears.store.jdbc.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.contact.Checkpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CheckpointSignerTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final CheckpointSigner SIGNER = new CheckpointSigner(JdbcContactLogTest.KEY);

    @Test
    void signatureIsHmacSha256OverTheSignedText() {
        Checkpoint checkpoint = SIGNER.sign(7, "ab".repeat(32), AT);

        // computed independently: openssl dgst -sha256 -hmac "$KEY" over the signed text
        assertThat(checkpoint.signedText()).isEqualTo("arrears-contact-log-checkpoint/v1\n7\n" + "ab".repeat(32) + "\n2026-03-02T08:00:00Z\n");
        assertThat(checkpoint.signature()).isEqualTo("5c3d21d5e0ed7fccaf6e447b8224115c27e4d6429e834ac3f785d1ccb3aa88c0");
        assertThat(SIGNER.verifies(checkpoint)).isTrue();
    }

    @Test
    void anyChangedFieldFailsTheSignature() {
        Checkpoint genuine = SIGNER.sign(7, "ab".repeat(32), AT);

        assertThat(SIGNER.verifies(new Checkpoint(8, genuine.headHash(), AT, genuine.signature()))).isFalse();
        assertThat(SIGNER.verifies(new Checkpoint(7, "cd".repeat(32), AT, genuine.signature()))).isFalse();
        assertThat(SIGNER.verifies(new Checkpoint(7, genuine.headHash(), AT.plusSeconds(1), genuine.signature()))).isFalse();
    }

    @Test
    void shortOrMalformedKeysAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new CheckpointSigner("too short".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("the contact log checkpoint key must have at least 32 bytes, has 9");
        assertThatThrownBy(() -> CheckpointSigner.fromBase64("not base64!", "checkpoint.key"))
                .hasMessageStartingWith("checkpoint.key must be Base64");
        assertThatThrownBy(() -> CheckpointSigner.fromBase64(Base64.getEncoder().encodeToString(new byte[16]), "checkpoint.key"))
                .hasMessage("checkpoint.key: the contact log checkpoint key must have at least 32 bytes, has 16");
        assertThat(CheckpointSigner.fromBase64(Base64.getEncoder().encodeToString(JdbcContactLogTest.KEY), "checkpoint.key")
                .sign(1, "ab".repeat(32), AT)).isEqualTo(SIGNER.sign(1, "ab".repeat(32), AT));
    }
}
