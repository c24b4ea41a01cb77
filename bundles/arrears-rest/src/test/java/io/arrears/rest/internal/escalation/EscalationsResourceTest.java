package io.arrears.rest.internal.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.rest.internal.security.InProcessApi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationsResourceTest {

    private static final Instant NOW = Instant.parse("2025-03-31T10:15:00Z");

    private final MemoryLog log = new MemoryLog();
    private final InProcessApi api = new InProcessApi(Map.of("carla", Set.of("collector"), "eve", Set.of("auditor")),
            new EscalationsResource(log, "C1"::equals, Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void aRequestIsLoggedWithTheCollectorAndListed() throws Exception {
        InProcessApi.Reply created = api.post("carla", "customers/C1/escalations",
                "{\"kind\":\"agency\",\"reason\":\"three broken promises\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = new ObjectMapper().readTree(created.body());
        assertThat(json.get("kind").asText()).isEqualTo("AGENCY");
        assertThat(json.get("requestedBy").asText()).isEqualTo("carla");
        assertThat(log.entries).singleElement().satisfies(e -> {
            assertThat(e.notes()).isEqualTo("Escalation requested (AGENCY): three broken promises");
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
        JsonNode listed = new ObjectMapper().readTree(api.get("carla", "customers/C1/escalations").body());
        assertThat(listed.get(0).get("reason").asText()).isEqualTo("three broken promises");
    }

    @Test
    void badRequestsLoseNothingAndSayWhy() throws Exception {
        InProcessApi.Reply badKind = api.post("carla", "customers/C1/escalations", "{\"kind\":\"POLICE\",\"reason\":\"x\"}");
        InProcessApi.Reply noReason = api.post("carla", "customers/C1/escalations", "{\"kind\":\"LEGAL\",\"reason\":\" \"}");
        InProcessApi.Reply typo = api.post("carla", "customers/C1/escalations", "{\"kind\":\"LEGAL\",\"reasn\":\"x\"}");
        InProcessApi.Reply unknown = api.post("carla", "customers/NOPE/escalations", "{\"kind\":\"LEGAL\",\"reason\":\"x\"}");

        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("POLICE").contains("AGENCY");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(typo.status()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(typo.body()).get("error").asText()).isEqualTo("invalid-json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(log.entries).isEmpty();
    }

    @Test
    void onlyCollectorsAndManagersWithTheCsrfHeader() {
        assertThat(api.post("eve", "customers/C1/escalations", "{\"kind\":\"LEGAL\",\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.postWithoutCsrfHeader("carla", "customers/C1/escalations", "{\"kind\":\"LEGAL\",\"reason\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(log.entries).isEmpty();
    }

    /** The contact log in memory: sequence numbers and a placeholder chain (hashing is the store's job, tested there). */
    private static final class MemoryLog implements ContactLog {
        final List<ContactEntry> entries = new ArrayList<>();

        @Override
        public ContactEntry append(NewContactEntry entry) {
            ContactEntry stored = ContactEntry.of(entries.size() + 1, entry.occurredAt(), entry, "0".repeat(64), "1".repeat(64));
            entries.add(stored);
            return stored;
        }

        @Override
        public List<ContactEntry> entries(String customerId, long afterSequence, int limit) {
            return entries.stream().filter(e -> e.customerId().equals(customerId) && e.sequence() > afterSequence)
                    .limit(limit).toList();
        }

        @Override
        public VerificationReport verify() {
            throw new UnsupportedOperationException("not used by the resource");
        }

        @Override
        public Checkpoint checkpoint() {
            throw new UnsupportedOperationException("not used by the resource");
        }

        @Override
        public Checkpoint exportCheckpoint(Path file) {
            throw new UnsupportedOperationException("not used by the resource");
        }

        @Override
        public VerificationReport verify(Checkpoint checkpoint) {
            throw new UnsupportedOperationException("not used by the resource");
        }
    }
}
