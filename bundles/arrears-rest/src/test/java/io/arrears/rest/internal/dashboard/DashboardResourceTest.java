package io.arrears.rest.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.rest.internal.ledger.FakeLedgerQueries;
import io.arrears.rest.internal.outbox.WaitingOutbox;
import io.arrears.rest.internal.security.InProcessApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardResourceTest {

    private static final Map<String, Set<String>> USERS = Map.of("mia", Set.of("manager"), "carla", Set.of("collector"),
            "root", Set.of("admin"));

    private final FakeLedgerQueries ledger = new FakeLedgerQueries() {
        @Override
        public AgingReport portfolioAging(LocalDate asOf) {
            return ReceivableMetricsTest.closing("3000.00", "4000.00");
        }
    };
    private final LedgerEventRepository events = new LedgerEventRepository() {
        @Override
        public void append(LedgerEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LedgerEvent> findByCustomer(String customerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LedgerEvent> findAll() {
            return ReceivableMetricsTest.events();
        }
    };
    private final WaitingOutbox outbox = new WaitingOutbox();

    @Test
    void managersSeeAgingMetricsAndDeadLetters() throws Exception {
        outbox.failed.add(WaitingOutbox.message(1, DeliveryState.FAILED, Instant.parse("2025-03-30T10:00:00Z"), "refused"));
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, events, outbox, null, null));

        InProcessApi.Reply reply = api.get("mia", "dashboard?days=90");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode dashboard = new ObjectMapper().readTree(reply.body());
        assertThat(dashboard.get("periodDays").asInt()).isEqualTo(90);
        assertThat(dashboard.get("aging").get("balances").get(0).get("buckets").get("CURRENT").get("amount").asText())
                .isEqualTo("3000.00");
        JsonNode eur = dashboard.get("metrics").get(0);
        assertThat(eur.get("dso").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(eur.get("cei").decimalValue()).isEqualByComparingTo("38.5");
        assertThat(dashboard.get("deadLetters").get("failed").asInt()).isEqualTo(1);
        assertThat(api.get("root", "dashboard").status()).isEqualTo(200);
    }

    @Test
    void collectorsAreDeniedAndBadPeriodsRefused() {
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, events, null, null, null));

        InProcessApi.Reply denied = api.get("carla", "dashboard");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).contains("\"status\":403");
        assertThat(api.get("mia", "dashboard?days=0").status()).isEqualTo(400);
        assertThat(api.get("mia", "dashboard").body()).contains("\"deadLetters\":null");
    }
}
