package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.agency.ApprovalView;
import io.arrears.api.agency.NewPlacement;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementStatus;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.money.Money;
import io.arrears.api.partner.MessageState;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The agency handoff end to end: real store, real core services, the Camel routes and a real SFTP server (MINA SSHD)
 * that is down at first. Nothing is lost, nothing is doubled.
 */
class AgencyHandoffTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DatabaseTest
    void placeDeliverFeedBackAndRecallOverSftp(TestDatabase db) throws Exception {
        Path root = Files.createTempDirectory("agency-sftp");
        Files.createDirectories(root.resolve("outbox"));
        Path inbound = Files.createDirectories(root.resolve("feedback"));
        try (EscalationHarness h = new EscalationHarness(db);
                TestSftpServer server = new TestSftpServer(root, root.resolve("../" + root.getFileName() + ".hostkey")).start()) {
            h.customer("C-1", "Alpha GmbH", "DE", "ap@alpha.example");
            h.invoice("C-1", "INV-1", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), "1500.00");
            h.invoice("C-1", "INV-2", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1), "800.00");
            h.invoice("C-1", "INV-OLD", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1), "9000.00");

            // a collector asks, a manager sees the relationship value next to the debt and approves
            Placement requested = h.placements.request(new NewPlacement("C-1", "acme", List.of("C-1/INV-1"), "carla",
                    h.clock.instant(), "three broken promises"));
            assertThatThrownBy(() -> h.placements.request(new NewPlacement("C-1", "acme", List.of("C-1/INV-1"), "carla",
                    h.clock.instant(), ""))).isInstanceOf(DuplicateKeyException.class);
            assertThat(h.blocks.active("C-1")).as("no block before approval").isEmpty();
            ApprovalView view = h.placements.approvalView(requested.id());
            assertThat(view.debt()).containsExactly(Money.of("1500.00", "EUR"));
            assertThat(view.relationshipValue()).containsExactly(Money.of("2300.00", "EUR"));
            Placement approved = h.placements.approve(requested.id(), "mia");
            assertThat(approved.approval()).hasValueSatisfying(a -> {
                assertThat(a.approvedBy()).isEqualTo("mia");
                assertThat(a.approvedAt()).isEqualTo(EscalationHarness.START);
                assertThat(a.relationshipValue()).containsExactly(Money.of("2300.00", "EUR"));
            });
            assertThat(h.blocks.active("C-1")).singleElement().satisfies(b -> assertThat(b.reason())
                    .isEqualTo(BlockReason.AGENCY_PLACEMENT));

            // outage: the server is down when the route first tries
            Path knownHosts = server.knownHosts(root.resolve("../" + root.getFileName() + ".known_hosts"));
            server.stop();
            PartnerSettings settings = new PartnerSettings(true, "acme", "SFTP", OutboundUrlPolicy.parse("127.0.0.1", false, true),
                    Optional.empty(), Optional.of(server.settings(knownHosts, Optional.of("feedback"))), Duration.ofMillis(200),
                    10, 8, Duration.ofMinutes(1), Duration.ofMinutes(10));
            h.start(new AgencyRoutes(settings, h.queue, h.placements, h.clock));
            String key = "placement-" + approved.id();
            await().atMost(WAIT).until(() -> h.queue.findByKey(key).orElseThrow().lastError().isPresent());
            assertThat(h.queue.findByKey(key).orElseThrow().state()).isEqualTo(MessageState.PLANNED);

            // recovery: the server is back and the backoff has passed
            server.start();
            h.clock.advance(Duration.ofMinutes(2));
            await().atMost(WAIT).until(() -> h.queue.findByKey(key).orElseThrow().state() == MessageState.SENT);
            assertThat(h.placements.find(approved.id()).orElseThrow().status()).isEqualTo(PlacementStatus.PLACED);
            String placed = Files.readString(root.resolve("outbox/" + key + ".json"));
            assertThat(placed).contains("\"placementReference\":\"ARR-P-" + approved.id() + "\"", "Alpha GmbH", "ap@alpha.example",
                    "INV-1", "\"amount\":\"1500.00\"");
            JsonNode document = new ObjectMapper().readTree(placed);
            JsonNode atPlacement = document.path("interestAndFeesAtPlacement");
            assertThat(atPlacement.path("placementDate").asText()).isEqualTo("2026-03-10");
            // DE: statutory interest from 2 Dec 2025 and the EUR 40 compensation, itemised, on top of the ledger's total
            assertThat(atPlacement.path("lines").findValuesAsText("kind")).contains("COMPENSATION");
            assertThat(atPlacement.path("lines").findValuesAsText("documentNumber")).containsOnly("INV-1");
            Money accrued = Money.zero(java.util.Currency.getInstance("EUR"));
            for (JsonNode line : atPlacement.path("lines")) {
                accrued = accrued.plus(Money.of(line.path("amount").path("amount").asText(), "EUR"));
            }
            assertThat(accrued.amount()).isGreaterThan(new java.math.BigDecimal("40.00"));
            assertThat(document.path("totalClaim").get(0).path("amount").asText())
                    .isEqualTo(Money.of("1500.00", "EUR").plus(accrued).amount().toPlainString());
            try (Stream<Path> files = Files.list(root.resolve("outbox"))) {
                assertThat(files).as("one file, no temporary name left").hasSize(1);
            }

            // feedback: a collected payment applied to the ledger exactly once, even when the file arrives twice
            String feedback = """
                    {"agency":"acme","records":[
                      {"id":"F-1","placementReference":"ARR-P-%1$d","kind":"STATUS","note":"debtor reached"},
                      {"id":"F-2","placementReference":"ARR-P-%1$d","kind":"PAYMENT","amount":{"amount":"600.00","currency":"EUR"},
                       "valueDate":"2026-03-09"},
                      {"id":"F-3","placementReference":"ARR-P-%1$d","kind":"COMMISSION","amount":{"amount":"90.00","currency":"EUR"}}]}
                    """.formatted(approved.id());
            Files.writeString(inbound.resolve("feedback-1.json"), feedback);
            await().atMost(WAIT).until(() -> Files.exists(inbound.resolve(".done/feedback-1.json")));
            Files.writeString(inbound.resolve("feedback-1.json"), feedback);
            await().atMost(WAIT).until(() -> !Files.exists(inbound.resolve("feedback-1.json")));
            assertThat(h.placements.feedback(approved.id())).hasSize(3);
            assertThat(h.journal.findByCustomer("C-1")).filteredOn(LedgerEvent.PaymentRecorded.class::isInstance).hasSize(1);
            assertThat(h.ledger("C-1").balance("C-1/INV-1").orElseThrow().outstanding()).isEqualTo(Money.of("900.00", "EUR"));

            // a malformed file goes to .error with the reason, nothing of it is applied
            Files.writeString(inbound.resolve("feedback-2.json"), "{\"agency\":\"acme\",\"records\":[{\"id\":\"F-9\",\"kind\":\"LOST\"}]}");
            await().atMost(WAIT).until(() -> Files.exists(inbound.resolve(".error/feedback-2.json.error.txt")));
            assertThat(Files.readString(inbound.resolve(".error/feedback-2.json.error.txt"))).contains("kind 'LOST'");

            // recall: the recall message goes out, the blocks stay until the agency acknowledges
            h.placements.recall(approved.id(), "mia");
            await().atMost(WAIT).until(() -> Files.exists(root.resolve("outbox/recall-" + approved.id() + ".json")));
            assertThat(h.blocks.active("C-1")).hasSize(1);
            Files.writeString(inbound.resolve("feedback-3.json"), """
                    {"agency":"acme","records":[{"id":"F-4","placementReference":"ARR-P-%d","kind":"RECALL_ACKNOWLEDGED"}]}
                    """.formatted(approved.id()));
            await().atMost(WAIT).until(() -> h.placements.find(approved.id()).orElseThrow().status() == PlacementStatus.RECALLED);
            assertThat(h.blocks.active("C-1")).as("our dunning resumes").isEmpty();
        }
    }
}
