package io.arrears.api.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactRecordsTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00.123456789Z");
    private static final String HASH = "ab".repeat(32);

    @Test
    void newEntryKeepsMicrosecondsAndChecksItsFields() {
        NewContactEntry entry = NewContactEntry.of("C-1", AT, "kim", ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER, "");

        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00.123456Z"));
        assertThat(entry.excuseCategory()).isEmpty();
        assertThatThrownBy(() -> NewContactEntry.of(" ", AT, "kim", ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER, ""))
                .hasMessage("NewContactEntry.customerId must not be blank, was ' '");
        assertThatThrownBy(() -> NewContactEntry.of("C-1", AT, "kim", ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER, null))
                .hasMessage("NewContactEntry.notes must not be null (use \"\" for none)");
        assertThatThrownBy(() -> NewContactEntry.of("C-1", AT, "kim", ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER,
                "x".repeat(NewContactEntry.MAX_NOTES + 1)))
                .hasMessage("NewContactEntry.notes has 4001 characters, at most 4000 are kept");
        assertThatThrownBy(() -> new NewContactEntry("C-1", AT, "kim", ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER,
                "", Optional.of(""), Optional.empty(), Optional.empty()))
                .hasMessage("NewContactEntry.excuseCategory must not be blank, was ''");
    }

    @Test
    void storedEntryChecksSequenceAndHashes() {
        NewContactEntry content = NewContactEntry.of("C-1", AT, "kim", ContactChannel.SMS, ContactDirection.OUT, ContactOutcome.SENT, "");

        assertThat(ContactEntry.of(1, AT, content, ContactEntry.GENESIS_HASH, HASH).content()).isEqualTo(content);
        assertThatThrownBy(() -> ContactEntry.of(0, AT, content, ContactEntry.GENESIS_HASH, HASH))
                .hasMessage("ContactEntry.sequence must be at least 1, was 0");
        assertThatThrownBy(() -> ContactEntry.of(1, AT, content, ContactEntry.GENESIS_HASH, HASH.toUpperCase()))
                .hasMessageStartingWith("ContactEntry.entryHash must be 64 lower-case hex digits");
    }

    @Test
    void checkpointTextRoundTrips() {
        Checkpoint checkpoint = new Checkpoint(42, HASH, Instant.parse("2026-03-02T08:00:00Z"), "cd".repeat(32));

        assertThat(checkpoint.toText()).startsWith("arrears-contact-log-checkpoint/v1\nheadSequence=42\n");
        assertThat(Checkpoint.parse(checkpoint.toText())).isEqualTo(checkpoint);
        assertThat(Checkpoint.parse(checkpoint.toText().replace("\n", "\r\n"))).isEqualTo(checkpoint);
    }

    @Test
    void malformedCheckpointTextIsRefusedWithTheReason() {
        String good = new Checkpoint(42, HASH, Instant.parse("2026-03-02T08:00:00Z"), "cd".repeat(32)).toText();

        assertThatThrownBy(() -> Checkpoint.parse("hello")).hasMessageStartingWith("not a contact log checkpoint");
        assertThatThrownBy(() -> Checkpoint.parse(good.replace("headSequence=42\n", ""))).hasMessage("checkpoint lacks 'headSequence='");
        assertThatThrownBy(() -> Checkpoint.parse(good.replace("=42", "=forty-two"))).hasMessageStartingWith("checkpoint has a malformed value");
        assertThatThrownBy(() -> Checkpoint.parse(good + "headSequence=43\n")).hasMessage("checkpoint line 6 repeats 'headSequence'");
    }

    @Test
    void reportIsIntactOnlyWithoutViolation() {
        assertThat(VerificationReport.intact(3, 3).isIntact()).isTrue();
        assertThat(VerificationReport.broken(1, 3, new Violation(2, ViolationKind.MISSING, "entry 2 is missing")).isIntact()).isFalse();
        assertThat(new Violation(2, ViolationKind.MISSING, "entry 2 is missing")).hasToString("MISSING at entry 2: entry 2 is missing");
    }
}
