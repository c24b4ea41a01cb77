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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution's demo data as a new user gets it: the invoices CSV in the inbox, the demo history loader (enabled
 * by the shipped {@code etc/io.arrears.profile.demo.cfg}) handing over the payments and loading contacts and promises;
 * then every one of the eight behaviour types appears through {@code GET /customers/{id}/profile}. Also the profile
 * endpoints' roles, CSRF guard, validation and languages in a real Karaf.
 */
class ProfilesDemoIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DEMO_TYPES = new LinkedHashMap<>();
    /** The demo customer whose recent behaviour departs from its history (demo-history.txt, demo-statement-types.xml). */
    private static final String DRIFTING = "DEMO-COOP-01";
    private static KarafProcess karaf;

    static {
        DEMO_TYPES.put("DEMO-COOP-01", "COOPERATIVE");
        DEMO_TYPES.put("DEMO-EASY-01", "EASYGOING");
        DEMO_TYPES.put("DEMO-PESS-01", "PESSIMIST");
        DEMO_TYPES.put("DEMO-DOM-01", "DOMINANT");
        DEMO_TYPES.put("DEMO-STRUG-01", "STRUGGLING");
        DEMO_TYPES.put("DEMO-EMO-01", "EMOTIONAL");
        DEMO_TYPES.put("DEMO-DISORG-01", "DISORGANISED");
        DEMO_TYPES.put("DEMO-CHRON-01", "CHRONIC_LATE");
    }

    @BeforeAll
    static void startKarafWithTheDemoInbox() throws Exception {
        Map<String, String> fastFolder = Map.of("enabled", "true", "min.age.seconds", "1", "poll.delay.ms", "500");
        karaf = KarafProcess.prepare("profiles-demo", Map.of(
                "arrears.erpintake.csv", with(fastFolder, "input.folder", "${karaf.data}/inbox/invoices-csv"),
                "arrears.bank.camt", with(fastFolder, "input.folder", "${karaf.data}/inbox/bank-camt")));
        // a copied distribution leaves data/ behind (KarafProcess): put the demo invoices where ./arrears run has them
        Path distribution = Path.of(System.getProperty("arrears.distribution", "../assembly/target/assembly"));
        Path inbox = karaf.home().resolve("data/inbox/invoices-csv");
        Files.createDirectories(inbox);
        Files.copy(distribution.resolve("data/inbox/invoices-csv/demo-invoices.csv"), inbox.resolve("demo-invoices.csv"));
        karaf.start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> get("/arrears/api/health", KarafProcess.ADMIN).statusCode() == 200);
        } catch (RuntimeException e) {
            throw new AssertionError("Arrears did not become healthy; karaf.log tail:\n" + karaf.logTail(), e);
        }
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void aNewUserSeesAllEightBehaviourTypesWithTheirExplanation() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() -> {
                for (String customer : DEMO_TYPES.keySet()) {
                    HttpResponse<String> r = get("/arrears/api/customers/" + customer + "/profile", KarafProcess.COLLECTOR);
                    seen.put(customer, r.statusCode() == 200 ? JSON.readTree(r.body()).path("type").asText() : "HTTP " + r.statusCode());
                }
                return seen.equals(DEMO_TYPES);
            });
        } catch (RuntimeException e) {
            throw new AssertionError("demo types: " + seen + "\nkaraf.log tail:\n" + karaf.logTail(), e);
        }
        Set<String> types = new HashSet<>();
        for (String customer : DEMO_TYPES.keySet()) {
            JsonNode profile = JSON.readTree(get("/arrears/api/customers/" + customer + "/profile?lang=tr", KarafProcess.COLLECTOR).body());
            types.add(profile.path("type").asText());
            assertThat(profile.path("suggestedType").asText()).isEqualTo(DEMO_TYPES.get(customer));
            assertThat(profile.path("confidence").asDouble()).as(customer).isPositive();
            assertThat(profile.path("explanation")).as(customer).isNotEmpty();
            assertThat(profile.path("explanation").get(0).has("signal")).isTrue();
            assertThat(profile.path("explanation").get(0).has("rule")).isTrue();
            assertThat(profile.path("override").isNull()).isTrue();
            assertThat(profile.path("risk").path("score").asInt()).isBetween(0, 100);
            assertThat(profile.path("risk").path("factors")).isNotEmpty();
            // only DEMO-COOP-01 departs from its own history in the demo data (see the next test)
            assertThat(profile.path("drift").path("flagged").asBoolean()).as(customer).isEqualTo(customer.equals(DRIFTING));
            assertThat(profile.path("playbook").path("channels")).isNotEmpty();
        }
        assertThat(types).hasSize(8);
        JsonNode chronic = JSON.readTree(get("/arrears/api/customers/DEMO-CHRON-01/profile", KarafProcess.MANAGER).body());
        assertThat(chronic.path("playbook").path("escalationSpeed").asText()).isEqualTo("FAST");
    }

    @Test
    void demoCustomersCarryTheirErpSegmentAndOneDriftsFromItsOwnHistory() throws Exception {
        try {
            // the late payment comes with the demo statement, after the contacts: wait for it
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() ->
                    driftReasons(DRIFTING).stream().anyMatch(r -> r.startsWith("AVG_DAYS_LATE")));
        } catch (RuntimeException e) {
            throw new AssertionError("no late-payment drift for " + DRIFTING + ": " + driftReasons(DRIFTING)
                    + "\nkaraf.log tail:\n" + karaf.logTail(), e);
        }
        JsonNode profile = JSON.readTree(get("/arrears/api/customers/" + DRIFTING + "/profile", KarafProcess.COLLECTOR).body());
        assertThat(profile.path("type").asText()).as("drift does not change the type").isEqualTo("COOPERATIVE");
        assertThat(profile.path("segment").asText()).isEqualTo("key-account");
        assertThat(profile.path("drift").path("flagged").asBoolean()).isTrue();
        assertThat(driftReasons(DRIFTING)).anySatisfy(r -> assertThat(r).startsWith("RESPONSE_RATE"))
                .anySatisfy(r -> assertThat(r).startsWith("EXCUSES_PER_CONTACT"));
        assertThat(profile.path("drift").path("nextDueDate").asText()).isEqualTo("2026-12-02");
        assertThat(profile.path("risk").path("factors").findValuesAsText("factor")).contains("DRIFT");

        JsonNode sheet = JSON.readTree(get("/arrears/api/customers/" + DRIFTING + "/call-sheet", KarafProcess.COLLECTOR).body());
        assertThat(sheet.path("drift")).isNotEmpty();
        assertThat(sheet.path("drift").toString()).contains("act before the next due date 2026-12-02");

        assertThat(JSON.readTree(get("/arrears/api/customers/DEMO-STRUG-01/profile", KarafProcess.COLLECTOR).body())
                .path("segment").asText()).isEqualTo("micro");
        assertThat(JSON.readTree(get("/arrears/api/customers/DEMO-EMO-01/profile", KarafProcess.COLLECTOR).body())
                .path("segment").isNull()).as("a customer without a segment in the CSV has none").isTrue();
    }

    @Test
    void theDemoHistoryRecordsAnExternalCreditScoreOnce() throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() ->
                JSON.readTree(get("/arrears/api/customers/DEMO-CHRON-01/profile", KarafProcess.COLLECTOR).body())
                        .path("creditScore").path("score").asInt(-1) == 28);
        JsonNode profile = JSON.readTree(get("/arrears/api/customers/DEMO-CHRON-01/profile", KarafProcess.COLLECTOR).body());
        assertThat(profile.path("creditScore").path("source").asText()).isEqualTo("Dun & Bradstreet (demo)");
        assertThat(profile.path("creditScore").path("asOf").asText()).isEqualTo("2026-11-02");
        assertThat(profile.path("type").asText()).isEqualTo("CHRONIC_LATE");
        assertThat(profile.path("risk").path("factors").findValuesAsText("factor")).contains("EXTERNAL_SCORE");
    }

    private static java.util.List<String> driftReasons(String customer) throws IOException, InterruptedException {
        java.util.List<String> reasons = new java.util.ArrayList<>();
        JSON.readTree(get("/arrears/api/customers/" + customer + "/profile", KarafProcess.COLLECTOR).body())
                .path("drift").path("reasons").forEach(r -> reasons.add(r.asText()));
        return reasons;
    }

    @Test
    void theCallSheetAndTheExcuseLibraryAnswerInTheRequestedLanguage() throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() ->
                JSON.readTree(get("/arrears/api/customers/DEMO-STRUG-01/profile", KarafProcess.COLLECTOR).body())
                        .path("type").asText().equals("STRUGGLING"));
        JsonNode sheet = JSON.readTree(get("/arrears/api/customers/DEMO-STRUG-01/call-sheet?lang=pl", KarafProcess.COLLECTOR).body());
        assertThat(sheet.path("approach").path("type").asText()).isEqualTo("STRUGGLING");
        assertThat(sheet.path("approach").path("talkingPointsLanguage").asText()).isEqualTo("pl");
        assertThat(sheet.path("openItems")).isNotEmpty();
        assertThat(sheet.path("excuses").get(0).path("category").asText()).isEqualTo("CASH_FLOW_PROBLEMS");
        assertThat(sheet.path("promises")).isNotEmpty();

        Set<String> texts = new HashSet<>();
        for (String lang : new String[] {"en", "tr", "pl", "de", "he"}) {
            HttpResponse<String> r = get("/arrears/api/excuses/CASH_FLOW_PROBLEMS?lang=" + lang, KarafProcess.COLLECTOR);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode answer = JSON.readTree(r.body());
            assertThat(answer.path("language").asText()).isEqualTo(lang);
            texts.add(answer.path("responses").get(0).asText());
        }
        assertThat(texts).hasSize(5);
        assertThat(JSON.readTree(get("/arrears/api/excuses/CASH_FLOW_PROBLEMS?lang=fr", KarafProcess.COLLECTOR).body())
                .path("language").asText()).isEqualTo("en");
        assertThat(get("/arrears/api/excuses/ALIENS", KarafProcess.COLLECTOR).statusCode()).isEqualTo(404);
    }

    @Test
    void rolesAndTheCsrfGuardAreEnforcedAndBadConfigurationChangesNothing() throws Exception {
        String playbooks = JSON.readTree(get("/arrears/api/config/playbooks", KarafProcess.COLLECTOR).body()).path("document").toString();
        assertThat(send("PUT", "/arrears/api/config/playbooks", playbooks, KarafProcess.COLLECTOR, true).statusCode()).isEqualTo(403);
        assertThat(get("/arrears/api/effectiveness", KarafProcess.COLLECTOR).statusCode()).isEqualTo(403);
        assertThat(get("/arrears/api/effectiveness", KarafProcess.MANAGER).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/arrears/api/customers/DEMO-COOP-01/profile/override",
                "{\"type\":\"STRUGGLING\",\"reason\":\"owner ill\"}", KarafProcess.COLLECTOR, false).statusCode()).isEqualTo(403);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/arrears/api/customers/DEMO-COOP-01/profile"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = send("PUT", "/arrears/api/config/playbooks", "{\"playbooks\": {}}", KarafProcess.MANAGER, true);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("message").asText()).contains("playbooks.");
        assertThat(JSON.readTree(get("/arrears/api/config/playbooks", KarafProcess.MANAGER).body()).path("version").asInt()).isZero();

        HttpResponse<String> saved = send("PUT", "/arrears/api/config/playbooks", playbooks, KarafProcess.MANAGER, true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aCreditScoreFeedsTheRiskAndOffersAreJudgedByTheSegmentGuardrails() throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() ->
                JSON.readTree(get("/arrears/api/customers/DEMO-EASY-01/profile", KarafProcess.COLLECTOR).body())
                        .path("type").asText().equals("EASYGOING"));
        String score = "{\"score\":15,\"source\":\"Findeks\",\"asOf\":\"2026-01-05\"}";
        assertThat(send("POST", "/arrears/api/customers/DEMO-EASY-01/credit-scores", score, KarafProcess.COLLECTOR, true)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> recorded = send("POST", "/arrears/api/customers/DEMO-EASY-01/credit-scores", score,
                KarafProcess.MANAGER, true);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode profile = JSON.readTree(get("/arrears/api/customers/DEMO-EASY-01/profile", KarafProcess.COLLECTOR).body());
        assertThat(profile.path("creditScore").path("source").asText()).isEqualTo("Findeks");
        assertThat(profile.path("risk").path("factors").findValuesAsText("detail"))
                .anySatisfy(d -> assertThat(d).contains("15/100", "Findeks"));

        HttpResponse<String> check = send("POST", "/arrears/api/customers/DEMO-EASY-01/offer-checks",
                "{\"kind\":\"EARLY_PAYMENT_DISCOUNT\",\"debt\":{\"amount\":\"1000.00\",\"currency\":\"TRY\"},"
                        + "\"discountPercent\":\"2\"}", KarafProcess.COLLECTOR, true);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        JsonNode verdict = JSON.readTree(check.body());
        assertThat(verdict.path("needsManagerApproval").asBoolean()).isTrue();
        assertThat(verdict.path("guardrailsRow").asText()).startsWith("EASYGOING");
        assertThat(get("/arrears/api/config/segment-guardrails", KarafProcess.COLLECTOR).statusCode()).isEqualTo(200);
        assertThat(get("/arrears/api/customers/DEMO-EASY-01/claims", KarafProcess.COLLECTOR).statusCode())
                .as("the claim service is wired with the guardrails").isEqualTo(200);
    }

    @Test
    void aCollectorOverridesTheTypeWithAReasonAndRemovesTheOverride() throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() ->
                get("/arrears/api/customers/DEMO-DOM-01/profile", KarafProcess.COLLECTOR).statusCode() == 200);
        HttpResponse<String> noReason = send("PUT", "/arrears/api/customers/DEMO-DOM-01/profile/override",
                "{\"type\":\"EMOTIONAL\"}", KarafProcess.COLLECTOR, true);
        assertThat(noReason.statusCode()).isEqualTo(400);

        HttpResponse<String> r = send("PUT", "/arrears/api/customers/DEMO-DOM-01/profile/override",
                "{\"type\":\"EMOTIONAL\",\"reason\":\"shouted at the driver twice\"}", KarafProcess.COLLECTOR, true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode profile = JSON.readTree(r.body());
        assertThat(profile.path("type").asText()).isEqualTo("EMOTIONAL");
        assertThat(profile.path("override").path("reason").asText()).isEqualTo("shouted at the driver twice");
        assertThat(profile.path("override").path("by").asText()).isEqualTo(KarafProcess.COLLECTOR);

        assertThat(send("DELETE", "/arrears/api/customers/DEMO-DOM-01/profile/override", null, KarafProcess.COLLECTOR, true)
                .statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(get("/arrears/api/customers/DEMO-DOM-01/profile", KarafProcess.COLLECTOR).body())
                .path("override").isNull()).isTrue();
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.put(key, value);
        return all;
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).header("Authorization", basic(user))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String json, String user, boolean csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).header("Authorization", basic(user))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (csrf) {
            b.header("X-Arrears-Request", "1");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + KarafProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
