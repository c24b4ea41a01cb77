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
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
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

            h.contactLog.append(NewContactEntry.of("C-1", h.clock.instant().minus(Duration.ofDays(20)), "carla", ContactChannel.CALL,
                    ContactDirection.OUT, ContactOutcome.PROMISE_TO_PAY, "Promised; then silent"));
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
            // the documents: written before the message under deterministic names, named by it, no temporary name left
            try (Stream<Path> files = Files.list(root.resolve("outbox"))) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(key + ".json",
                        key + "-invoice-1-INV-1.pdf", key + "-notices-sent.csv", key + "-contact-history.csv");
            }
            assertThat(document.path("documents").findValuesAsText("file")).containsExactly(key + "-invoice-1-INV-1.pdf",
                    key + "-notices-sent.csv", key + "-contact-history.csv");
            assertThat(placed).as("the bytes are in the files, not in the message").doesNotContain("contentBase64");
            byte[] copy = Files.readAllBytes(root.resolve("outbox/" + key + "-invoice-1-INV-1.pdf"));
            assertThat(new String(copy, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(document.path("documents").get(0).path("sha256").asText()).isEqualTo(sha256(copy));
            assertThat(Files.readString(root.resolve("outbox/" + key + "-contact-history.csv")))
                    .startsWith("occurredAt;channel;direction;outcome;collector;notes\r\n")
                    .contains(";CALL;OUT;PROMISE_TO_PAY;carla;\"Promised; then silent\"");

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

    @DatabaseTest
    void overHttpsThePlacementCarriesItsDocumentsEmbeddedThroughAnOutage(TestDatabase db) throws Exception {
        try (EscalationHarness h = new EscalationHarness(db); TestHttpServer agency = new TestHttpServer()) {
            h.customer("C-7", "Gamma AG", "DE", "ap@gamma.example");
            h.invoice("C-7", "FV/2026/7", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 2), "700.00");
            Placement approved = h.placements.approve(h.placements.request(new NewPlacement("C-7", "omega", List.of("C-7/FV/2026/7"),
                    "carla", h.clock.instant(), "unreachable")).id(), "mia");
            String key = "placement-" + approved.id();

            agency.failuresLeft.set(1);
            PartnerSettings settings = new PartnerSettings(true, "omega", "HTTPS", OutboundUrlPolicy.parse("127.0.0.1", true, true),
                    Optional.of(new HttpSettings(java.net.URI.create(agency.url()), Optional.of("t0ken"), Duration.ofSeconds(5))),
                    Optional.empty(), Duration.ofMillis(200), 10, 8, Duration.ofSeconds(30), Duration.ofMinutes(5));
            h.start(new AgencyRoutes(settings, h.queue, h.placements, h.clock));
            await().atMost(WAIT).until(() -> h.queue.findByKey(key).orElseThrow().lastError().isPresent());
            h.clock.advance(Duration.ofMinutes(1));
            await().atMost(WAIT).until(() -> h.queue.findByKey(key).orElseThrow().state() == MessageState.SENT);

            assertThat(agency.accepted).as("delivered once, with the placement key as idempotency key").containsOnlyKeys(key);
            JsonNode documents = new ObjectMapper().readTree(agency.accepted.get(key)).path("documents");
            assertThat(documents.findValuesAsText("fileName")).containsExactly("invoice-1-FV_2026_7.pdf", "notices-sent.csv",
                    "contact-history.csv");
            byte[] pdf = java.util.Base64.getDecoder().decode(documents.get(0).path("contentBase64").asText());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(documents.get(0).path("size").asInt()).isEqualTo(pdf.length);
            assertThat(documents.get(0).path("sha256").asText()).isEqualTo(sha256(pdf));
            assertThat(new String(java.util.Base64.getDecoder().decode(documents.get(1).path("contentBase64").asText()),
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("itemId;documentNumber;level;sentOn\r\n");
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
