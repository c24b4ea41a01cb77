package io.arrears.rest.internal.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.rest.internal.ledger.FakeLedgerQueries;
import io.arrears.rest.internal.security.InProcessApi;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorklistResourceTest {

    private static final LocalDate TODAY = FakeLedgerQueries.TODAY;
    private static final Map<String, Set<String>> USERS = Map.of("carla", Set.of("collector"), "mia", Set.of("manager"),
            "root", Set.of("admin"), "eve", Set.of("auditor"));

    private final FakeLedgerQueries ledger = new FakeLedgerQueries();
    private final Map<String, CustomerSignals> signals = new java.util.HashMap<>();
    private InProcessApi api;

    @BeforeEach
    void portfolio() {
        ledger.accounts.put("A-SMALL", Accounts.overdue("A-SMALL", "120.00", "EUR", 40, TODAY));
        ledger.accounts.put("B-LARGE", Accounts.overdue("B-LARGE", "48000.00", "PLN", 12, TODAY));
        ledger.accounts.put("C-PAID", Accounts.overdue("C-PAID", "0.00", "EUR", 0, TODAY));
        ledger.accounts.put("D-CALLED", Accounts.overdue("D-CALLED", "90000.00", "EUR", 70, TODAY));
        signals.put("D-CALLED", CustomerSignals.NONE.withLastContact(Optional.of(TODAY.minusDays(1))));
        api = new InProcessApi(USERS, new WorklistResource(ledger, (ids, asOf) -> signals));
    }

    private static JsonNode json(InProcessApi.Reply reply) throws Exception {
        return new ObjectMapper().readTree(reply.body());
    }

    @Test
    void theQueueIsOrderedByPriorityAndEveryRowExplainsItself() throws Exception {
        InProcessApi.Reply reply = api.get("carla", "worklist");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = json(reply);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").findValuesAsText("erpCustomerId")).containsExactly("B-LARGE", "A-SMALL", "D-CALLED");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("largestOverdue").get("amount").asText()).isEqualTo("48000.00");
        assertThat(first.get("explanation").asText()).contains("amount").contains("risk-unknown").contains("never-contacted");
        assertThat(first.get("nextAction").get("code").asText()).isEqualTo("CALL");
        assertThat(page.get("items").get(2).get("nextAction").get("code").asText()).isEqualTo("WAIT_FOR_CADENCE");
    }

    @Test
    void pagingKeepsTheAbsoluteRankAndActionableLeavesOutTheWaitingRows() throws Exception {
        JsonNode second = json(api.get("mia", "worklist?size=1&page=1"));
        assertThat(second.get("items").get(0).get("erpCustomerId").asText()).isEqualTo("A-SMALL");
        assertThat(second.get("items").get(0).get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("total").asLong()).isEqualTo(3);

        JsonNode actionable = json(api.get("carla", "worklist?actionable=true"));
        assertThat(actionable.get("items").findValuesAsText("erpCustomerId")).containsExactly("B-LARGE", "A-SMALL");
    }

    @Test
    void onlyArrearsRolesSeeTheWorklist() throws Exception {
        assertThat(api.get(null, "worklist").status()).isEqualTo(401);
        InProcessApi.Reply denied = api.get("eve", "worklist");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(json(denied).get("error").asText()).isNotBlank();
        assertThat(api.get("root", "worklist").status()).isEqualTo(200);
    }

    @Test
    void badParametersAreTheCallersErrorNamingTheParameter() throws Exception {
        InProcessApi.Reply reply = api.get("carla", "worklist?size=5000");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).get("error").asText()).isEqualTo("bad-request");
        assertThat(json(reply).get("message").asText()).contains("size");
        assertThat(api.get("carla", "worklist?asOf=yesterday").status()).isEqualTo(400);
    }
}
