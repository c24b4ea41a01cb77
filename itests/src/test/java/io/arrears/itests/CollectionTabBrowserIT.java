package io.arrears.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The web tab in headless Chromium against the real assembled Karaf with the demo data: a collector
 * opens a customer's collection tab, the Hebrew tab is right-to-left, the worklist and the manager's
 * dashboard render, the tab works inside an ERP page's frame, the risk card shows an external credit
 * score, and a drifting demo customer's tab shows its segment and the drift warnings. Screenshots go to {@code target/screenshots/} (kept as a build artifact).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionTabBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String DEMO_CUSTOMER = "DEMO-DE-01";
    private static final String HEBREW_CUSTOMER = "DEMO-IL-01";
    /** The demo customer with a segment whose recent behaviour departs from its history. */
    private static final String DRIFTING_CUSTOMER = "DEMO-COOP-01";

    private static KarafProcess karaf;
    private static HeadlessChromium browser;
    private static HttpServer erp;

    @BeforeAll
    static void start() throws Exception {
        erp = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String erpOrigin = "http://localhost:" + erp.getAddress().getPort();
        karaf = KarafProcess.prepare("browser", Map.of(
                "arrears.erpintake.csv", Map.of("enabled", "true", "input.folder", "${karaf.data}/inbox/invoices-csv",
                        "min.age.seconds", "1", "poll.delay.ms", "500"),
                "io.arrears.rest", Map.of("frame.ancestors", "'self' " + erpOrigin))).start();
        erp.createContext("/erp.html", exchange -> {
            byte[] page = ("<!DOCTYPE html><html><body style='margin:0;font-family:sans-serif'>"
                    + "<h1 style='background:#633;color:#fff;margin:0;padding:8px'>ERP: customer " + DEMO_CUSTOMER + "</h1>"
                    + "<iframe id='tab' style='width:100%;height:900px;border:0' src='" + karaf.baseUrl()
                    + "/arrears/ui/customer/" + DEMO_CUSTOMER + "?lang=de'></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        erp.start();
        importDemoInvoices();
        // generous: on a shared 2-core machine under load Karaf needs minutes to boot
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> status("/arrears/api/health") == 200);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> status("/arrears/api/customers/" + HEBREW_CUSTOMER) == 200);
        browser = HeadlessChromium.start(1400, 1100);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (karaf != null) {
            karaf.close();
        }
        if (erp != null) {
            erp.stop(0);
        }
    }

    /** The demo CSV of the distribution (the test copy leaves {@code data/} out) goes into the inbox. */
    private static void importDemoInvoices() throws IOException {
        Path demo = Path.of("..", "assembly", "src", "main", "resources", "assembly", "data", "inbox", "invoices-csv",
                "demo-invoices.csv");
        Path inbox = karaf.home().resolve("data/inbox/invoices-csv");
        Files.createDirectories(inbox);
        Path part = inbox.resolve(".demo-invoices.csv.part");
        Files.copy(demo, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, inbox.resolve("demo-invoices.csv"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static int status(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path, KarafProcess.COLLECTOR).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + KarafProcess.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5));
    }

    private static String js(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Fills the tab's own sign-in form (the browser never shows a Basic prompt for the tab's calls). */
    private static void signIn(String user) {
        browser.waitFor("document.getElementById('sign-in')", Duration.ofSeconds(30));
        browser.evaluate("(() => { const f = document.getElementById('sign-in'); f.user.value = " + js(user)
                + "; f.password.value = " + js(KarafProcess.PASSWORD) + "; f.requestSubmit(); return true; })()");
    }

    /** Opens a page of the tab signed out (the session of the previous test forgotten) and signs in as {@code user}. */
    private static void open(String path, String user) {
        browser.navigate(karaf.baseUrl() + "/arrears/ui/index.html");
        browser.evaluate("(sessionStorage.clear(), true)");
        browser.navigate(karaf.baseUrl() + path);
        signIn(user);
    }

    @Test
    @Order(1)
    void theCollectionTabShowsTheCustomersPositionItemsAndActions() throws Exception {
        open("/arrears/ui/customer/" + DEMO_CUSTOMER + "?lang=en", KarafProcess.COLLECTOR);
        browser.waitFor("document.getElementById('items-table')", Duration.ofSeconds(30));

        assertThat(browser.evaluate("document.getElementById('customer-name').textContent").asText()).isEqualTo("Bäckerei Müller KG");
        assertThat(browser.evaluate("document.querySelectorAll('#items-table tbody tr').length").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(browser.evaluate("document.getElementById('summary-balance').textContent").asText()).contains("€");
        assertThat(browser.evaluate("document.documentElement.dir").asText()).isEqualTo("ltr");
        for (String form : new String[] {"call-form", "plan-form", "dispute-form", "escalation-form"}) {
            assertThat(browser.evaluate("Boolean(document.getElementById('" + form + "'))").asBoolean()).as(form).isTrue();
        }

        // set a dispute block: the API call carries the CSRF header and the tab shows the block afterwards
        browser.evaluate("(() => { const f = document.getElementById('dispute-form'); f.note.value = 'wrong delivery address';"
                + " f.requestSubmit(); return true; })()");
        browser.waitFor("document.getElementById('dispute-form').textContent.includes('wrong delivery address')",
                Duration.ofSeconds(20));
        browser.screenshot(SCREENSHOTS.resolve("collection-tab-en.png"));
    }

    @Test
    @Order(2)
    void aCallWithAPromiseLoggedInTheTabAppearsInTheTimeline() throws Exception {
        open("/arrears/ui/customer/" + DEMO_CUSTOMER + "?lang=en", KarafProcess.COLLECTOR);
        browser.waitFor("document.getElementById('call-form')", Duration.ofSeconds(30));
        String promised = LocalDate.now().plusDays(7).toString();

        browser.evaluate("(() => { const f = document.getElementById('call-form');"
                + " f.outcome.value = 'PROMISE_TO_PAY'; f.outcome.dispatchEvent(new Event('change'));"
                + " f.notes.value = 'pays the September invoice next week';"
                + " f.amount.value = '250.00'; f.promisedDate.value = " + js(promised) + "; f.requestSubmit(); return true; })()");

        browser.waitFor("document.querySelector('#timeline-list li.kind-PROMISE_MADE')", Duration.ofSeconds(30));
        String promise = browser.evaluate("document.querySelector('#timeline-list li.kind-PROMISE_MADE').textContent").asText();
        assertThat(promise).contains("250");
        assertThat(browser.evaluate("document.getElementById('notice').hidden").asBoolean()).isTrue();
        browser.screenshot(SCREENSHOTS.resolve("collection-tab-promise.png"));

        // a promise in the past is refused by the API and the tab shows the API's message
        browser.evaluate("(() => { const f = document.getElementById('call-form');"
                + " f.outcome.value = 'PROMISE_TO_PAY'; f.outcome.dispatchEvent(new Event('change'));"
                + " f.amount.value = '10.00'; f.promisedDate.value = '2000-01-01'; f.requestSubmit(); return true; })()");
        browser.waitFor("!document.getElementById('notice').hidden", Duration.ofSeconds(30));
        assertThat(browser.evaluate("document.getElementById('notice').textContent").asText()).contains("400");
    }

    @Test
    @Order(3)
    void theHebrewTabIsRightToLeft() throws Exception {
        open("/arrears/ui/customer/" + HEBREW_CUSTOMER + "?lang=he", KarafProcess.COLLECTOR);
        browser.waitFor("document.getElementById('items-table')", Duration.ofSeconds(30));

        assertThat(browser.evaluate("document.documentElement.dir").asText()).isEqualTo("rtl");
        assertThat(browser.evaluate("document.documentElement.lang").asText()).isEqualTo("he");
        assertThat(browser.evaluate("getComputedStyle(document.body).direction").asText()).isEqualTo("rtl");
        assertThat(browser.evaluate("document.querySelector('#items h3').textContent").asText()).isEqualTo("פריטים פתוחים");
        browser.screenshot(SCREENSHOTS.resolve("collection-tab-he.png"));
    }

    @Test
    @Order(4)
    void theWorklistExplainsEachRow() throws Exception {
        open("/arrears/ui/worklist?lang=pl", KarafProcess.COLLECTOR);
        browser.waitFor("document.querySelectorAll('#worklist-table tbody tr').length > 0", Duration.ofSeconds(30));

        assertThat(browser.evaluate("document.querySelector('#worklist-table tbody tr small.why').textContent").asText())
                .contains("zaległe");
        // the promise logged in the collection tab (test 2) moves the customer back: wait for the promised date
        assertThat(browser.evaluate("[...document.querySelectorAll('#worklist-table tbody tr')]"
                + ".find(r => r.textContent.includes('Bäckerei Müller KG')).textContent").asText())
                .contains("250").contains("Czekaj na obiecany termin");
        browser.screenshot(SCREENSHOTS.resolve("worklist-pl.png"));
    }

    @Test
    @Order(5)
    void managersSeeTheDashboardCollectorsDoNot() throws Exception {
        open("/arrears/ui/dashboard?lang=de", KarafProcess.MANAGER);
        browser.waitFor("document.querySelector('#dashboard-aging svg rect')", Duration.ofSeconds(30));

        assertThat(browser.evaluate("document.querySelectorAll('#dashboard-metrics tbody tr').length").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(browser.evaluate("Boolean(document.getElementById('dashboard-dead-letters'))").asBoolean()).isTrue();
        browser.screenshot(SCREENSHOTS.resolve("dashboard-de.png"));

        open("/arrears/ui/dashboard?lang=en", KarafProcess.COLLECTOR);
        browser.waitFor("document.querySelector('main p.empty')", Duration.ofSeconds(30));
        assertThat(browser.evaluate("document.querySelector('main p.empty').textContent").asText()).contains("managers");
    }

    @Test
    @Order(6)
    void theTabWorksInsideTheErpsFrame() throws Exception {
        browser.navigate("http://localhost:" + erp.getAddress().getPort() + "/erp.html");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/arrears/ui/customer/"
                + DEMO_CUSTOMER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'self' http://localhost:" + erp.getAddress().getPort()).contains("script-src 'self'"));
        // the framed tab (another origin) is in the page's frame tree with its own URL: a frame refused by
        // frame-ancestors would be an error page with the tab's URL as unreachableUrl
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var tree = browser.send("Page.getFrameTree", Map.of()).path("frameTree");
            assertThat(tree.path("childFrames").size()).isEqualTo(1);
            var frame = tree.path("childFrames").get(0).path("frame");
            assertThat(frame.path("url").asText()).startsWith(karaf.baseUrl() + "/arrears/ui/customer/");
            assertThat(frame.has("unreachableUrl")).as(frame.toString()).isFalse();
        });
        browser.screenshot(SCREENSHOTS.resolve("erp-frame.png"));
    }

    @Test
    @Order(7)
    void theRiskCardShowsTheExternalCreditScoreAManagerRecorded() throws Exception {
        // the demo data has no credit score for this customer: a manager records one through the API, as an ERP script would
        String profile = "/arrears/api/customers/" + DEMO_CUSTOMER + "/profile";
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> status(profile) == 200);
        String score = "{\"score\":42,\"source\":\"Creditreform\",\"asOf\":\"" + LocalDate.now().minusDays(1) + "\"}";
        HttpResponse<String> recorded = HTTP.send(request("/arrears/api/customers/" + DEMO_CUSTOMER + "/credit-scores",
                KarafProcess.MANAGER).header("Content-Type", "application/json").header("X-Arrears-Request", "1")
                .POST(HttpRequest.BodyPublishers.ofString(score)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        open("/arrears/ui/customer/" + DEMO_CUSTOMER + "?lang=en", KarafProcess.COLLECTOR);
        browser.waitFor("document.getElementById('credit-score')", Duration.ofSeconds(30));
        assertThat(browser.evaluate("document.querySelector('#summary-risk #credit-score').textContent").asText())
                .contains("External credit score", "42 / 100", "Creditreform");
        // the drift marker by the risk score and the call sheet's drift warnings come from the same profile: both or neither
        assertThat(browser.evaluate("Boolean(document.getElementById('call-sheet-drift'))").asBoolean())
                .isEqualTo(browser.evaluate("Boolean(document.getElementById('risk-drift'))").asBoolean());
        browser.screenshot(SCREENSHOTS.resolve("collection-tab-credit-score.png"));
    }

    @Test
    @Order(8)
    void theTabShowsTheSegmentAndTheDriftWarningsOfADriftingCustomer() throws Exception {
        // the demo history (contacts) and its statement (the late payment) load after the invoices
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
            HttpResponse<String> r = HTTP.send(request("/arrears/api/customers/" + DRIFTING_CUSTOMER + "/profile",
                    KarafProcess.COLLECTOR).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("AVG_DAYS_LATE");
        });

        open("/arrears/ui/customer/" + DRIFTING_CUSTOMER + "?lang=en", KarafProcess.COLLECTOR);
        browser.waitFor("document.getElementById('profile-segment') && document.getElementById('call-sheet-drift')",
                Duration.ofSeconds(30));
        assertThat(browser.evaluate("document.getElementById('profile-segment').textContent").asText()).contains("key-account");
        assertThat(browser.evaluate("Boolean(document.getElementById('risk-drift'))").asBoolean()).isTrue();
        assertThat(browser.evaluate("document.getElementById('risk-drift').textContent").asText()).contains("Departs from own history");
        assertThat(browser.evaluate("document.querySelectorAll('#call-sheet-drift li').length").asInt()).isGreaterThanOrEqualTo(2);
        browser.screenshot(SCREENSHOTS.resolve("collection-tab-drift.png"));
    }
}
