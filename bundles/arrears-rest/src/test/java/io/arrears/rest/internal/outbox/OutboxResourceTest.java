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
    void filtersByStatesChannelAndFailureKindShowingCancelReasons() throws Exception {
        outbox.failed.add(WaitingOutbox.message(7, DeliveryState.FAILED, T.plusSeconds(100), "550 5.1.1 user unknown"));
        outbox.others.add(WaitingOutbox.message(9, DeliveryState.CANCELLED, T.plusSeconds(200), null));
        outbox.others.add(WaitingOutbox.message(11, DeliveryState.SENT, T.plusSeconds(300), null));

        JsonNode cancelledOrFailed = new ObjectMapper().readTree(api.get("mia", "outbox?state=cancelled,FAILED").body());
        JsonNode bounced = new ObjectMapper().readTree(api.get("mia", "outbox?state=FAILED&failureKind=bounced&channel=EMAIL").body());
        JsonNode sms = new ObjectMapper().readTree(api.get("mia", "outbox?state=SENT,FAILED,CANCELLED&channel=SMS").body());

        assertThat(cancelledOrFailed.get("items").findValuesAsText("state")).containsExactly("FAILED", "CANCELLED");
        assertThat(bounced.get("items").findValuesAsText("failureKind")).containsExactly("BOUNCED");
        assertThat(sms.get("total").asLong()).isZero();
    }

    @Test
    void unknownFilterValuesAreRefusedAndOnlyManagersList() {
        InProcessApi.Reply wrong = api.get("mia", "outbox?state=LOST");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("state must be one of").contains("CANCELLED");
        assertThat(api.get("mia", "outbox?failureKind=EATEN").status()).isEqualTo(400);
        assertThat(api.get("carla", "outbox").status()).isEqualTo(403);
    }
}
