package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.api.contact.Violation;
import io.arrears.api.contact.ViolationKind;
import io.arrears.rest.internal.security.TestUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final InMemoryLog log = new InMemoryLog();
    private final ContactsResource contacts = new ContactsResource(log, "C1"::equals, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void notesVisitsAndMessagesAreLoggedByHandWithTheCaller() {
        var note = (ContactJson) contacts.log("C1", new NewContactJson("NOTE", null, null, null, "asked for invoice copy", null, null),
                TestUser.of("carla", "collector")).getEntity();
        var visit = (ContactJson) contacts.log("C1", new NewContactJson("VISIT", null, null, NOW.minusSeconds(7200), "met the owner",
                null, "PTP-1"), TestUser.of("mia", "manager")).getEntity();
        var mail = (ContactJson) contacts.log("C1", new NewContactJson("EMAIL", "IN", null, null, "sent remittance", null, null),
                TestUser.of("carla", "collector")).getEntity();

        assertThat(note.outcome()).isEqualTo("NOTE");
        assertThat(note.collector()).isEqualTo("carla");
        assertThat(note.occurredAt()).isEqualTo(NOW);
        assertThat(visit.outcome()).isEqualTo("DELIVERED");
        assertThat(visit.occurredAt()).isEqualTo(NOW.minusSeconds(7200));
        assertThat(visit.relatedReference()).isEqualTo("PTP-1");
        assertThat(mail.direction()).isEqualTo("IN");
        assertThat(mail.outcome()).isEqualTo("DELIVERED");
    }

    @Test
    void callsAndBadFieldsAreRefusedWithTheFieldNamed() {
        TestUser carla = TestUser.of("carla", "collector");
        assertThatThrownBy(() -> contacts.log("C1", new NewContactJson("CALL", null, null, null, "x", null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/calls");
        assertThatThrownBy(() -> contacts.log("C1", new NewContactJson("FAX", null, null, null, "x", null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("channel");
        assertThatThrownBy(() -> contacts.log("C1", new NewContactJson("NOTE", null, null, null, " ", null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("notes");
        assertThatThrownBy(() -> contacts.log("C1", new NewContactJson("NOTE", null, null, NOW.plusSeconds(60), "x", null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("occurredAt");
        assertThatThrownBy(() -> contacts.log("NOPE", new NewContactJson("NOTE", null, null, null, "x", null, null), carla))
                .isInstanceOf(NotFoundException.class);
        assertThat(log.entries).isEmpty();
    }

    @Test
    void pagesFollowTheSequenceAndSayWhereTheNextStarts() {
        for (int i = 0; i < 5; i++) {
            contacts.log("C1", new NewContactJson("NOTE", null, null, null, "note " + i, null, null), TestUser.of("carla", "collector"));
        }

        ContactPageJson first = contacts.page("C1", 0, 2);
        assertThat(first.items()).extracting(ContactJson::notes).containsExactly("note 0", "note 1");
        assertThat(first.next()).isEqualTo(2L);
        ContactPageJson last = contacts.page("C1", 4, 2);
        assertThat(last.items()).extracting(ContactJson::notes).containsExactly("note 4");
        assertThat(last.next()).isNull();
        assertThatThrownBy(() -> contacts.page("C1", 0, 201)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size");
    }

    @Test
    void verifyReportsTheFirstViolationAndCheckpointsAreWrittenToTheFolder(@TempDir Path folder) throws IOException {
        ContactLogResource resource = new ContactLogResource(log, folder.resolve("checkpoints"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(resource.verify().intact()).isTrue();
        log.violation = Optional.of(new Violation(3, ViolationKind.values()[0], "entry 3 was changed"));
        ContactLogResource.VerificationJson broken = resource.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.violation().sequence()).isEqualTo(3);
        assertThat(broken.violation().reason()).isEqualTo("entry 3 was changed");

        var response = resource.checkpoint();
        assertThat(response.getStatus()).isEqualTo(201);
        ContactLogResource.CheckpointJson checkpoint = (ContactLogResource.CheckpointJson) response.getEntity();
        assertThat(checkpoint.headHash()).isEqualTo("b".repeat(64));
        assertThat(Files.readString(Path.of(checkpoint.file()))).contains("b".repeat(64));

        log.keyConfigured = false;
        assertThatThrownBy(resource::checkpoint).isInstanceOf(ClientErrorException.class).hasMessageContaining("checkpoint key")
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    /** The log's contract in memory: sequence numbers, pages by customer, a head and checkpoints written to the file. */
    private static final class InMemoryLog implements ContactLog {
        final List<ContactEntry> entries = new ArrayList<>();
        Optional<Violation> violation = Optional.empty();
        boolean keyConfigured = true;

        @Override
        public ContactEntry append(NewContactEntry entry) {
            ContactEntry stored = ContactEntry.of(entries.size() + 1, NOW, entry, "0".repeat(64), "b".repeat(64));
            entries.add(stored);
            return stored;
        }

        @Override
        public List<ContactEntry> entries(String customerId, long afterSequence, int limit) {
            return entries.stream().filter(e -> e.customerId().equals(customerId) && e.sequence() > afterSequence).limit(limit).toList();
        }

        @Override
        public VerificationReport verify() {
            return new VerificationReport(entries.size(), entries.size(), violation);
        }

        @Override
        public Checkpoint checkpoint() {
            if (!keyConfigured) {
                throw new IllegalStateException("no contact log checkpoint key is configured: set checkpoint.key");
            }
            return new Checkpoint(entries.size(), "b".repeat(64), NOW, "c".repeat(64));
        }

        @Override
        public Checkpoint exportCheckpoint(Path file) {
            Checkpoint checkpoint = checkpoint();
            try {
                Files.writeString(file, checkpoint.toText());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return checkpoint;
        }

        @Override
        public VerificationReport verify(Checkpoint checkpoint) {
            return verify();
        }
    }
}
