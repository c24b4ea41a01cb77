package io.arrears.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assembled distribution boots in a real Karaf 4.4, every bundle is active and the API answers. */
class DistributionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KarafProcess karaf;

    @BeforeAll
    static void startKaraf() throws Exception {
        KarafProcess prepared = KarafProcess.prepare("distribution", Map.of(
                "arrears.erpintake.csv", Map.of(
                        "enabled", "true",
                        "input.folder", "${karaf.data}/inbox/invoices-csv",
                        "min.age.seconds", "1",
                        "poll.delay.ms", "500"),
                "io.arrears.route.dispatch", Map.of("poll.interval.seconds", "1"),
                "io.arrears.dunning.run", Map.of("policy.file", "${karaf.etc}/it-dunning-policy.json")));
        writeTestPolicy(prepared.home().resolve("etc/it-dunning-policy.json"));
        karaf = prepared.start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> health().statusCode() == 200);
        } catch (RuntimeException e) {
            throw new AssertionError("Arrears did not become healthy; alive=" + karaf.isAlive()
                    + "\nlast health: " + safeHealth() + "\nkaraf.log tail:\n" + karaf.logTail(), e);
        }
    }

    /**
     * The bundled default policy, except that the first reminder (level 2) already charges interest and a EUR 5.00 fee:
     * the first notice of an item is level 2, and a second notice cannot follow within one real day (grace days are
     * counted from the real send date).
     */
    private static void writeTestPolicy(Path target) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode policy = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                Path.of("../bundles/arrears-core/src/main/resources/io/arrears/core/dunning/default-dunning-policy.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode firstReminder = (com.fasterxml.jackson.databind.node.ObjectNode) policy.path("levels").get(1);
        firstReminder.put("chargeInterest", true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) firstReminder.path("fee")).put("EUR", "5.00");
        JSON.writeValue(target.toFile(), policy);
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void everyBundleIsActive() throws Exception {
        JsonNode bundles = JSON.readTree(health().body()).path("components").path("bundles");
        assertThat(bundles.path("status").asText()).as(bundles.toString()).isEqualTo("UP");
        assertThat(bundles.path("details").has("inactive")).isFalse();
        assertThat(bundles.path("details").path("bundles").asInt()).isGreaterThan(50);
    }

    @Test
    void insurerAlarmsReportInTheHealthWithTheAgencyRoutesBundleActive() throws Exception {
        // the escalation bundle (arrears-route-agency with MINA SSHD) is among the active bundles above; its insurer
        // health contributor answers: no policy, no alarm
        JsonNode insurer = JSON.readTree(health().body()).path("components").path("insurer");
        assertThat(insurer.path("status").asText()).as(insurer.toString()).isEqualTo("UP");
        assertThat(insurer.path("details").path("level").asText()).isEqualTo("OK");
        assertThat(JSON.readTree(health().body()).path("alarms").isObject()).as("the alarms section is always there").isTrue();
    }

    @Test
    void healthReportsVersionAndCamelContext() throws Exception {
        HttpResponse<String> response = health();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("version").asText()).isEqualTo("0.1.0.SNAPSHOT");
        JsonNode camel = body.path("components").path("camel");
        assertThat(camel.path("details").path("status").asText()).isEqualTo("Started");
        assertThat(camel.path("details").path("version").asText()).isEqualTo("4.14.5");
    }

    @Test
    void embeddedH2DatabaseIsMigratedUnderKarafData() throws Exception {
        JsonNode database = JSON.readTree(health().body()).path("components").path("database");
        assertThat(database.path("status").asText()).as(database.toString()).isEqualTo("UP");
        assertThat(database.path("details").path("kind").asText()).isEqualTo("H2");
        assertThat(karaf.home().resolve("data/arrears/arrears.mv.db")).exists();
    }

    @Test
    void collectionTabIsServedAsStaticFiles() throws Exception {
        HttpResponse<String> page = get("/arrears/ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Arrears</title>");
        assertThat(get("/arrears/ui/status.js").statusCode()).isEqualTo(200);
    }

    @Test
    void apiNeedsAUserOfTheRealm() throws Exception {
        HttpResponse<String> anonymous = get("/arrears/api/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(JSON.readTree(anonymous.body()).path("error").asText()).isEqualTo("unauthenticated");

        assertThat(get("/arrears/api/me", KarafProcess.COLLECTOR, "wrong-password").statusCode()).isEqualTo(401);

        HttpResponse<String> collector = get("/arrears/api/me", KarafProcess.COLLECTOR, KarafProcess.PASSWORD);
        assertThat(collector.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(collector.body());
        assertThat(me.path("user").asText()).isEqualTo(KarafProcess.COLLECTOR);
        assertThat(me.path("roles").toString()).isEqualTo("[\"collector\"]");
    }

    @Test
    void stateChangingCallsWithoutTheCsrfHeaderAreRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/arrears/api/me"))
                        .header("Authorization", basic(KarafProcess.MANAGER, KarafProcess.PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("csrf");
    }

    @Test
    void apiAnswersMayOnlyBeFramedByTheConfiguredOrigin() throws Exception {
        HttpResponse<String> response = health();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void invoiceCsvDroppedIntoTheInboxIsImportedAndMovedToDone() throws Exception {
        Path inbox = karaf.home().resolve("data/inbox/invoices-csv");
        Files.createDirectories(inbox);
        Path partial = inbox.resolve(".invoices.csv.part");
        Files.writeString(partial, String.join("\n",
                "document_number;customer_id;customer_name;country;issue_date;due_date;amount;currency",
                "FV/2026/10/001;K-100;Hurtownia Żuraw;PL;2026-10-01;2026-10-15;1 234,56;PLN", ""));
        Files.move(partial, inbox.resolve("invoices.csv"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            try (Stream<Path> done = Files.walk(inbox.resolve(".done"))) {
                assertThat(done.filter(p -> p.getFileName().toString().equals("invoices.csv"))).hasSize(1);
            }
        });
        assertThat(inbox.resolve(".error")).doesNotExist();
        JsonNode camel = JSON.readTree(health().body()).path("components").path("camel");
        assertThat(camel.path("details").path("routes").asInt()).isGreaterThanOrEqualTo(5);

        // the imported invoice is visible to a collector through the REST API
        HttpResponse<String> customer = get("/arrears/api/customers/K-100", KarafProcess.COLLECTOR, KarafProcess.PASSWORD);
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(200);
        assertThat(JSON.readTree(customer.body()).path("name").asText()).isEqualTo("Hurtownia Żuraw");
        JsonNode items = JSON.readTree(get("/arrears/api/customers/K-100/items", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).body());
        assertThat(items.path("items").get(0).path("documentNumber").asText()).isEqualTo("FV/2026/10/001");
        assertThat(items.path("items").get(0).path("residual").toString()).isEqualTo("{\"amount\":\"1234.56\",\"currency\":\"PLN\"}");

        // a manager's dunning run proposes a notice for the overdue residual, and executing the run twice sends it at most once
        HttpResponse<String> proposed = post("/arrears/api/runs?date=2026-11-20", "", KarafProcess.MANAGER);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        JsonNode run = JSON.readTree(proposed.body());
        JsonNode notice = run.path("notices").get(0);
        assertThat(notice.path("customerId").asText()).isEqualTo("K-100");
        assertThat(notice.path("total").toString()).isEqualTo("{\"amount\":\"1234.56\",\"currency\":\"PLN\"}");
        assertThat(notice.path("level").asInt()).isPositive();

        long runId = run.path("runId").asLong();
        JsonNode first = JSON.readTree(post("/arrears/api/runs/" + runId + "/execute", "", KarafProcess.MANAGER).body());
        assertThat(first.path("decisions").get(0).path("outcome").asText()).isIn("SENT_TO_OUTBOX", "DEFERRED");
        JsonNode second = JSON.readTree(post("/arrears/api/runs/" + runId + "/execute", "", KarafProcess.MANAGER).body());
        assertThat(second.path("decisions").findValuesAsText("outcome")).doesNotContain("SENT_TO_OUTBOX").isNotEmpty();
        assertThat(post("/arrears/api/runs?date=2026-11-20", "", KarafProcess.COLLECTOR).statusCode()).isEqualTo(403);
    }

    @Test
    void aCallWithAPromiseIsInTheTimelineAndItsConfirmationIsMailed() throws Exception {
        Path inbox = karaf.home().resolve("data/inbox/invoices-csv");
        Files.createDirectories(inbox);
        Path partial = inbox.resolve(".calls.csv.part");
        // not due before 2027, so the dunning run of the other test leaves this customer alone
        Files.writeString(partial, String.join("\n",
                "document_number;customer_id;customer_name;country;email;issue_date;due_date;amount;currency",
                "RE-2026-200;K-200;Anna Kaffee GmbH;DE;ap@k200.example;2026-10-01;2027-12-31;1.500,00;EUR", ""));
        Files.move(partial, inbox.resolve("calls.csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                assertThat(get("/arrears/api/customers/K-200", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).statusCode()).isEqualTo(200));

        String promised = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7).toString();
        HttpResponse<String> call = post("/arrears/api/customers/K-200/calls", "{\"outcome\":\"PROMISE_TO_PAY\","
                + "\"promise\":{\"amount\":\"500.00\",\"currency\":\"EUR\",\"date\":\"" + promised + "\"},"
                + "\"contactPerson\":\"Anna\",\"notes\":\"pays next week\"}", KarafProcess.COLLECTOR);
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        JsonNode logged = JSON.readTree(call.body());
        String promiseId = logged.path("promiseId").asText();
        assertThat(promiseId).startsWith("PTP-K-200-");
        assertThat(logged.path("confirmationTo").get(0).asText()).isEqualTo("ap@k200.example");

        JsonNode timeline = JSON.readTree(get("/arrears/api/customers/K-200/timeline?limit=20", KarafProcess.COLLECTOR,
                KarafProcess.PASSWORD).body());
        assertThat(timeline.findValuesAsText("kind")).contains("CONTACT", "PROMISE_MADE");
        assertThat(timeline.findValuesAsText("reference")).contains(promiseId);
        JsonNode promises = JSON.readTree(get("/arrears/api/customers/K-200/promises", KarafProcess.COLLECTOR, KarafProcess.PASSWORD)
                .body());
        assertThat(promises.get(0).path("state").asText()).isEqualTo("PENDING");

        // a field that does not fit the outcome is refused and names the field; the collector may not verify the log
        HttpResponse<String> bad = post("/arrears/api/customers/K-200/calls", "{\"outcome\":\"PROMISE_TO_PAY\"}", KarafProcess.COLLECTOR);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("promise.amount");
        assertThat(get("/arrears/api/contact-log/verify", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(get("/arrears/api/contact-log/verify", KarafProcess.MANAGER, KarafProcess.PASSWORD).body())
                .path("intact").asBoolean()).isTrue();

        // a dispute raised in a call blocks dunning of the customer and shows in the timeline
        HttpResponse<String> dispute = post("/arrears/api/customers/K-200/calls", "{\"outcome\":\"DISPUTE_RAISED\","
                + "\"notes\":\"invoice amount contested\"}", KarafProcess.COLLECTOR);
        assertThat(dispute.statusCode()).as(dispute.body()).isEqualTo(201);
        JsonNode afterDispute = JSON.readTree(get("/arrears/api/customers/K-200/timeline?limit=20", KarafProcess.COLLECTOR,
                KarafProcess.PASSWORD).body());
        assertThat(afterDispute.findValuesAsText("kind")).contains("BLOCK_PLACED");
        // escalation proposals are for managers
        assertThat(get("/arrears/api/escalation-proposals", KarafProcess.MANAGER, KarafProcess.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(get("/arrears/api/escalation-proposals", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).statusCode()).isEqualTo(403);

        Path mail = karaf.home().resolve("data/arrears/outbox/mail");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            try (Stream<Path> files = Files.list(mail)) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml")).map(DistributionIT::read))
                        .anyMatch(text -> text.contains("ap@k200.example"));
            }
        });
    }

    @Test
    void aManagerApprovesAPlacementWhoseDocumentCarriesAnInvoiceCopyRenderedInKaraf() throws Exception {
        Path inbox = karaf.home().resolve("data/inbox/invoices-csv");
        Files.createDirectories(inbox);
        Path partial = inbox.resolve(".placement.csv.part");
        // not due before 2027, so the dunning run of the other test leaves this customer alone
        Files.writeString(partial, String.join("\n",
                "document_number;customer_id;customer_name;country;email;issue_date;due_date;amount;currency",
                "RE-2026-300;K-300;Kaffeerösterei Süd GmbH;DE;ap@k300.example;2026-10-01;2027-12-31;2.400,00;EUR", ""));
        Files.move(partial, inbox.resolve("placement.csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                assertThat(get("/arrears/api/customers/K-300/items", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).statusCode())
                        .isEqualTo(200));
        String itemId = JSON.readTree(get("/arrears/api/customers/K-300/items", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).body())
                .path("items").get(0).path("id").asText();

        HttpResponse<String> requested = post("/arrears/api/placements", "{\"customerId\":\"K-300\",\"agencyId\":\"acme\","
                + "\"itemIds\":[\"" + itemId + "\"],\"note\":\"no answer since October\"}", KarafProcess.COLLECTOR);
        assertThat(requested.statusCode()).as(requested.body()).isIn(200, 201);
        long id = JSON.readTree(requested.body()).path("id").asLong();
        // approving builds the placement document: interest to date, the invoice copy PDF (arrears-letters, PDFBox and
        // the bundled fonts inside OSGi), the notices-sent and contact-history files
        HttpResponse<String> approved = post("/arrears/api/placements/" + id + "/approve", "{}", KarafProcess.MANAGER);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).path("status").asText()).isEqualTo("APPROVED");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anInterestLevelNoticeChargesInterestAndCompensationWhichAManagerMayWaive() throws Exception {
        // an administrator extends the bundled DE table (it ends 2026-06-30) without a rebuild: a file under etc/
        Path rates = karaf.home().resolve("etc/arrears/interest");
        Files.createDirectories(rates);
        Files.writeString(rates.resolve("DE.csv"), String.join("\n", "valid_from,valid_to,reference_rate,source",
                "2026-07-01,2026-12-31,1.27,test row written by DistributionIT", ""));
        // and supplies the NBP EUR rate that converts the PL compensation: PL-IT-1 is due 2026-11-10, so the last Polish
        // working day of October 2026 (Friday the 30th)
        Files.createDirectories(rates.resolve("fx"));
        Files.writeString(rates.resolve("fx/EUR-PLN.csv"), String.join("\n", "date,rate,source",
                "2026-10-30,4.2500,test row written by DistributionIT", ""));
        Path inbox = karaf.home().resolve("data/inbox/invoices-csv");
        Files.createDirectories(inbox);
        Path partial = inbox.resolve(".interest.csv.part");
        Files.writeString(partial, String.join("\n",
                "document_number;customer_id;customer_name;country;email;issue_date;due_date;amount;currency",
                "DE-IT-1;K-201;Zinsprüfer GmbH;DE;ap@zinspruefer.example;2026-10-10;2026-11-10;1000,00;EUR",
                "PL-IT-1;K-202;Odsetki Sp. z o.o.;PL;ksiegowosc@odsetki.example;2026-10-10;2026-11-10;1000,00;PLN", ""));
        Files.move(partial, inbox.resolve("interest.csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/arrears/api/customers/K-201", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).statusCode()).isEqualTo(200));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/arrears/api/customers/K-202", KarafProcess.COLLECTOR, KarafProcess.PASSWORD).statusCode()).isEqualTo(200));

        // the first reminder (level 2, see writeTestPolicy) charges interest, the fixed compensation and its fee
        HttpResponse<String> run = post("/arrears/api/runs?date=2026-11-16", "", KarafProcess.MANAGER);
        JsonNode polish = noticeOf(run, "K-202");
        // 1,000 PLN is at most 5,000: EUR 40 × 4.2500 = 170.00 PLN, read from etc/arrears/interest/fx/EUR-PLN.csv
        assertThat(polish.path("charges").findValues("kind").stream().map(JsonNode::asText).toList()).contains("COMPENSATION");
        for (JsonNode charge : polish.path("charges")) {
            if (charge.path("kind").asText().equals("COMPENSATION")) {
                assertThat(charge.path("amount").toString()).isEqualTo("{\"amount\":\"170.00\",\"currency\":\"PLN\"}");
            }
        }
        assertThat(polish.path("chargeNotes").toString()).doesNotContain("compensation");
        JsonNode notice = noticeOf(run, "K-201");
        assertThat(notice.path("level").asInt()).isEqualTo(2);
        assertThat(notice.path("charges").findValuesAsText("kind")).containsExactly("INTEREST", "COMPENSATION", "LEVEL_FEE");
        assertThat(notice.path("chargeNotes")).isEmpty();
        JsonNode interest = notice.path("charges").get(0);
        // 1000.00 × (1.27 + 9) % × 6 days (11 – 16 Nov) / 365 = 1.69, at the administrator's H2 2026 rate
        assertThat(interest.path("amount").toString()).isEqualTo("{\"amount\":\"1.69\",\"currency\":\"EUR\"}");
        assertThat(interest.path("ratePercent").decimalValue()).isEqualByComparingTo("10.27");
        assertThat(interest.path("from").asText()).isEqualTo("2026-11-11");
        assertThat(interest.path("to").asText()).isEqualTo("2026-11-16");
        assertThat(notice.path("charges").get(1).path("amount").path("amount").asText()).isEqualTo("40.00");
        assertThat(notice.path("fee").path("amount").asText()).isEqualTo("45.00");
        // executed on a weekday during office hours in Berlin (the test's real clock), so it is sent, not deferred
        JsonNode sent = execute(notice);
        assertThat(sent.path("outcome").asText()).as(sent.toString()).isEqualTo("SENT_TO_OUTBOX");

        HttpResponse<String> listed = get("/arrears/api/customers/K-201/claims", KarafProcess.COLLECTOR, KarafProcess.PASSWORD);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode claims = JSON.readTree(listed.body());
        assertThat(claims.findValuesAsText("documentNumber")).containsExactly("INT-DE-IT-1", "COMP-DE-IT-1", "FEE-DE-IT-1");
        assertThat(claims.findValuesAsText("chargedFor")).containsOnly("DE-IT-1");
        assertThat(claims.findValuesAsText("status")).containsOnly("OPEN");
        assertThat(claims.get(0).path("outstanding").path("amount").asText()).isEqualTo("1.69");

        String waiver = "/arrears/api/customers/K-201/claims/" + claims.get(1).path("id").asText() + "/waiver";
        assertThat(post(waiver, "{\"reason\":\"goodwill\"}", KarafProcess.COLLECTOR).statusCode()).isEqualTo(403);
        HttpResponse<String> waived = post(waiver, "{\"reason\":\"goodwill\"}", KarafProcess.MANAGER);
        assertThat(waived.statusCode()).as(waived.body()).isEqualTo(200);
        JsonNode claim = JSON.readTree(waived.body());
        assertThat(claim.path("status").asText()).isEqualTo("WAIVED");
        assertThat(claim.path("waiver").path("waivedBy").asText()).isEqualTo(KarafProcess.MANAGER);
        assertThat(claim.path("waiver").path("reason").asText()).isEqualTo("goodwill");
        assertThat(post(waiver, "{\"reason\":\"again\"}", KarafProcess.MANAGER).statusCode()).isEqualTo(409);
    }

    private static JsonNode noticeOf(HttpResponse<String> proposed, String customerId) throws IOException {
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        JsonNode run = JSON.readTree(proposed.body());
        for (JsonNode notice : run.path("notices")) {
            if (notice.path("customerId").asText().equals(customerId)) {
                return ((com.fasterxml.jackson.databind.node.ObjectNode) notice).put("runId", run.path("runId").asLong());
            }
        }
        throw new AssertionError("no notice for " + customerId + " in " + proposed.body());
    }

    /** Executes the notice's run; returns the notice's decision. */
    private static JsonNode execute(JsonNode notice) throws IOException, InterruptedException {
        HttpResponse<String> executed = post("/arrears/api/runs/" + notice.path("runId").asLong() + "/execute", "", KarafProcess.MANAGER);
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
        for (JsonNode decision : JSON.readTree(executed.body()).path("decisions")) {
            if (decision.path("noticeId").asLong() == notice.path("noticeId").asLong()) {
                return decision;
            }
        }
        throw new AssertionError("notice " + notice.path("noticeId") + " not decided: " + executed.body());
    }

    @Test
    void unknownCustomerIsAStableJsonNotFound() throws Exception {
        HttpResponse<String> response = get("/arrears/api/customers/NO-SUCH-ID", KarafProcess.COLLECTOR, KarafProcess.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void unknownJsonPropertiesAreRejectedAndCollectorsMayNotResolvePayments() throws Exception {
        String body = "{\"customerId\":\"K-100\",\"itemIdz\":[]}";
        HttpResponse<String> manager = post("/arrears/api/payments/unmatched/1/resolve", body, KarafProcess.MANAGER);
        assertThat(manager.statusCode()).as(manager.body()).isEqualTo(400);
        assertThat(JSON.readTree(manager.body()).path("error").asText()).isEqualTo("invalid-json");
        assertThat(manager.body()).contains("itemIdz");

        HttpResponse<String> collector = post("/arrears/api/payments/unmatched/1/resolve", "{\"customerId\":\"K-100\"}", KarafProcess.COLLECTOR);
        assertThat(collector.statusCode()).isEqualTo(403);
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        assertThat(get("/arrears/api/no-such-resource", KarafProcess.ADMIN, KarafProcess.PASSWORD).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> health() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/arrears/api/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path))
                        .header("Authorization", basic(user, password)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json, String user) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path))
                        .header("Authorization", basic(user, KarafProcess.PASSWORD))
                        .header("Content-Type", "application/json")
                        .header("X-Arrears-Request", "1")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String safeHealth() {
        try {
            HttpResponse<String> r = health();
            return r.statusCode() + " " + r.body();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
