package io.arrears.rest.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.rest.internal.security.InProcessApi;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxResourceTest {

    private static final Instant T = Instant.parse("2025-03-30T08:00:00Z");

    private final WaitingOutbox outbox = new WaitingOutbox();
    private final InProcessApi api = new InProcessApi(Map.of("mia", Set.of("manager"), "carla", Set.of("collector")),
            new OutboxResource(outbox));

    @Test
    void deadLettersAndUnknownsOldestFirstFilteredByState() throws Exception {
        outbox.failed.add(WaitingOutbox.message(7, DeliveryState.FAILED, T.plusSeconds(100), "550 mailbox unknown"));
        outbox.unknown.add(WaitingOutbox.message(3, DeliveryState.UNKNOWN, T, null));

        JsonNode both = new ObjectMapper().readTree(api.get("mia", "outbox").body());
        JsonNode failed = new ObjectMapper().readTree(api.get("mia", "outbox?state=failed").body());

        assertThat(both.get("items").findValuesAsText("state")).containsExactly("UNKNOWN", "FAILED");
        assertThat(failed.get("total").asLong()).isEqualTo(1);
        assertThat(failed.get("items").get(0).get("lastError").asText()).isEqualTo("550 mailbox unknown");
        assertThat(failed.get("items").get(0).has("body")).isFalse();
    }

    @Test
    void onlyOperatorStatesAndOnlyManagers() {
        InProcessApi.Reply sent = api.get("mia", "outbox?state=SENT");
        assertThat(sent.status()).isEqualTo(400);
        assertThat(sent.body()).contains("FAILED or UNKNOWN");
        assertThat(api.get("carla", "outbox").status()).isEqualTo(403);
    }
}
