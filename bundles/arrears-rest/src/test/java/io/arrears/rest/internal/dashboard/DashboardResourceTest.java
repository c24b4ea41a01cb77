package io.arrears.rest.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.insurer.BuyerExposure;
import io.arrears.api.insurer.CheckResult;
import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.api.insurer.InsurerService;
import io.arrears.api.insurer.Notification;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CustomerOrder;
import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.CustomerTotals;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerReadModel;
import io.arrears.api.ledger.Page;
import io.arrears.api.ledger.PeriodFlows;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.rest.internal.ledger.FakeLedgerQueries;
import io.arrears.rest.internal.outbox.WaitingOutbox;
import io.arrears.rest.internal.security.InProcessApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, events, outbox, null, null, null, 10));

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
    void withTheReadModelTheFlowsComeFromItsSqlAndTheJournalIsNeverRead() throws Exception {
        LocalDate asOf = FakeLedgerQueries.TODAY;
        List<PeriodFlows> journalFlows = ReceivableMetrics.flows(ReceivableMetricsTest.events(), asOf.minusDays(90), asOf);
        List<String> asked = new ArrayList<>();
        LedgerReadModel readModel = new LedgerReadModel() {
            @Override
            public Page<CustomerProjection> customers(String text, int page, int size, LocalDate date, CustomerOrder order) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CustomerProjection> customer(String customerId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<CustomerTotals> overdueCustomers(String text, LocalDate date) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> customerIds() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<PeriodFlows> flows(LocalDate after, LocalDate through) {
                asked.add(after + ".." + through);
                return journalFlows;
            }

            @Override
            public AgingReport portfolioAging(LocalDate date) {
                throw new UnsupportedOperationException();
            }
        };
        LedgerEventRepository noJournal = new LedgerEventRepository() {
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
                throw new AssertionError("the dashboard replayed the journal although a read model is there");
            }
        };
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, noJournal, null, null, null, null, readModel, 10));

        InProcessApi.Reply reply = api.get("mia", "dashboard?days=90");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(asked).containsExactly(asOf.minusDays(90) + ".." + asOf);
        JsonNode eur = new ObjectMapper().readTree(reply.body()).get("metrics").get(0);
        assertThat(eur.get("dso").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(eur.get("cei").decimalValue()).isEqualByComparingTo("38.5");
    }

    @Test
    void collectorsAreDeniedAndBadPeriodsRefused() {
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, events, null, null, null, null, 10));

        InProcessApi.Reply denied = api.get("carla", "dashboard");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).contains("\"status\":403");
        assertThat(api.get("mia", "dashboard?days=0").status()).isEqualTo(400);
        assertThat(api.get("mia", "dashboard").body()).contains("\"deadLetters\":null").contains("\"insurerDeadlines\":null");
    }

    @Test
    void insurerDeadlinesComeFromTheAlarmsAsOfTheDateWithTheConfiguredWindowEarliestFirst() throws Exception {
        List<String> asked = new ArrayList<>();
        InsurerService insurers = new AlarmsOnly((asOf, warningDays) -> {
            asked.add(asOf + "/" + warningDays);
            return List.of(
                    new InsurerAlarm(AlarmKind.DEADLINE_APPROACHING, 7, "POL-7", "atradius", "C-2", "I-9", "INV-9",
                            LocalDate.of(2025, 1, 20), LocalDate.of(2025, 4, 8), "notify by 2025-04-08"),
                    new InsurerAlarm(AlarmKind.DEADLINE_MISSED, 7, "POL-7", "atradius", "C-1", "I-3", "INV-3",
                            LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), "deadline missed: cover may be void"));
        });
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, events, null, null, null, insurers, 14));

        InProcessApi.Reply reply = api.get("mia", "dashboard?asOf=2025-03-31");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(asked).containsExactly("2025-03-31/14");
        JsonNode deadlines = new ObjectMapper().readTree(reply.body()).get("insurerDeadlines");
        assertThat(deadlines).hasSize(2);
        assertThat(deadlines.get(0).get("kind").asText()).isEqualTo("DEADLINE_MISSED");
        assertThat(deadlines.get(0).get("deadline").asText()).isEqualTo("2025-03-01");
        assertThat(deadlines.get(0).get("customerId").asText()).isEqualTo("C-1");
        assertThat(deadlines.get(0).get("documentNumber").asText()).isEqualTo("INV-3");
        assertThat(deadlines.get(1).get("kind").asText()).isEqualTo("DEADLINE_APPROACHING");
        assertThat(deadlines.get(1).get("insurerId").asText()).isEqualTo("atradius");
        assertThat(deadlines.get(1).get("policyNumber").asText()).isEqualTo("POL-7");
    }

    @Test
    void noInsurerAlarmsIsAnEmptySectionNotAMissingOne() {
        InsurerService insurers = new AlarmsOnly((asOf, warningDays) -> List.of());
        InProcessApi api = new InProcessApi(USERS, new DashboardResource(ledger, events, null, null, null, insurers, 10));

        assertThat(api.get("mia", "dashboard").body()).contains("\"insurerDeadlines\":[]");
    }

    /** The dashboard only reads alarms; the other duties belong to the insurer resources. */
    private record AlarmsOnly(java.util.function.BiFunction<LocalDate, Integer, List<InsurerAlarm>> alarms)
            implements InsurerService {

        @Override
        public List<InsurerAlarm> alarms(LocalDate asOf, int warningDays) {
            return alarms.apply(asOf, warningDays);
        }

        @Override
        public CheckResult check(LocalDate asOf, int warningDays) {
            throw new UnsupportedOperationException("the dashboard does not run the check");
        }

        @Override
        public List<BuyerExposure> exposure(String customerId, LocalDate asOf) {
            throw new UnsupportedOperationException("the dashboard does not show exposure");
        }

        @Override
        public Notification acknowledge(long notificationId, String reference) {
            throw new UnsupportedOperationException("the dashboard does not acknowledge");
        }
    }
}
