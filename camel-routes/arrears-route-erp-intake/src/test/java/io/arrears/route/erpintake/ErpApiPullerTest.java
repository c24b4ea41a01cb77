package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** The ERP JSON API pull against a local HTTP server serving paged JSON. */
class ErpApiPullerTest {

    static final Map<InvoiceField, String> PATHS = Map.of(
            InvoiceField.SOURCE_DOCUMENT_ID, "$.id",
            InvoiceField.DOCUMENT_NUMBER, "$.number",
            InvoiceField.CUSTOMER_ID, "$.customer.id",
            InvoiceField.CUSTOMER_NAME, "$.customer.name",
            InvoiceField.ISSUE_DATE, "$.issued",
            InvoiceField.DUE_DATE, "$.due",
            InvoiceField.AMOUNT, "$.totals.payable",
            InvoiceField.CURRENCY, "$.totals.currency",
            InvoiceField.CANCELLED, "$.status");

    static ErpApiSettings settings(FakeErpApi api, ErpApiPaging paging, String path, String itemsPath) {
        OutboundUrlPolicy policy = OutboundUrlPolicy.parse("127.0.0.1", true, true);
        return new ErpApiSettings(policy.check(api.url(path)), policy, "Authorization", "Bearer s3cret", itemsPath, PATHS, paging,
                "page", 1, "size", 2, "$.links.next", 50, "updatedSince", "$.updatedAt", null, Duration.ofSeconds(5));
    }

    static ErpApiPuller puller(IntakeHarness h, ErpApiSettings settings) {
        return new ErpApiPuller(ErpApiIntakeRoute.SOURCE, settings, new ErpApiClient(settings.authHeader(), settings.authValue(),
                settings.timeout()), new InvoiceFieldMapper("uuuu-MM-dd"), new JdbcWatermarkStore(h.db.dataSource(), Clock.systemUTC()),
                h.intake);
    }

    private static void fiveInvoices(FakeErpApi api) {
        for (int i = 1; i <= 5; i++) {
            api.put(new FakeErpApi.Invoice(String.valueOf(i), "C" + i, i + "00.50", "2025-03-31", "OPEN", "2025-03-01T10:0" + i + ":00Z"));
        }
    }

    private static ItemBalance open(IntakeHarness h, String customer) {
        return h.ledger().balances(customer).stream().filter(ItemBalance::isOpenClaim).findFirst().orElseThrow();
    }

    @DatabaseTest
    void pagesByNumberAreImportedAndOnlyChangesAreAskedForNextTime(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db); FakeErpApi api = new FakeErpApi()) {
            fiveInvoices(api);
            ErpApiPuller puller = puller(h, settings(api, ErpApiPaging.PAGE, "/api/invoices", "$.items"));

            PullSummary first = puller.pull();
            assertThat(first.batches()).isEqualTo(3); // 2 + 2 + 1
            assertThat(first.created()).isEqualTo(5);
            assertThat(first.watermark()).isEqualTo("2025-03-01T10:05:00Z");
            assertThat(api.requests).containsExactly("/api/invoices?page=1&size=2", "/api/invoices?size=2&page=2",
                    "/api/invoices?size=2&page=3");
            assertThat(api.authHeaders).containsOnly("Bearer s3cret");
            assertThat(open(h, "C3").outstanding()).isEqualTo(Money.of("300.50", "EUR"));

            // the ERP changes an amount, a due date and cancels one
            api.put(new FakeErpApi.Invoice("1", "C1", "150.00", "2025-03-31", "OPEN", "2025-03-02T08:00:00Z"));
            api.put(new FakeErpApi.Invoice("2", "C2", "200.50", "2025-05-15", "OPEN", "2025-03-02T08:00:01Z"));
            api.put(new FakeErpApi.Invoice("3", "C3", "300.50", "2025-03-31", "CANCELLED", "2025-03-02T08:00:02Z"));
            api.requests.clear();
            PullSummary second = puller.pull();

            assertThat(api.requests.get(0)).isEqualTo("/api/invoices?updatedSince=2025-03-01T10%3A05%3A00Z&page=1&size=2");
            assertThat(second.records()).isEqualTo(4); // the three changes and the one at the watermark (updatedSince is inclusive)
            assertThat(second.updated()).isEqualTo(2);
            assertThat(second.cancelled()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(open(h, "C1").outstanding()).isEqualTo(Money.of("150.00", "EUR"));
            assertThat(open(h, "C2").item().dueDate()).isEqualTo(LocalDate.of(2025, 5, 15));
            assertThat(h.ledger().balances("C3")).singleElement().extracting(ItemBalance::status).isEqualTo(ItemStatus.CANCELLED);
            assertThat(new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()).read(ErpApiIntakeRoute.SOURCE))
                    .contains("2025-03-02T08:00:02Z");
        }
    }

    @DatabaseTest
    void anOutageMidPagingLosesNothingAndDoublesNothingOnTheNextPull(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db); FakeErpApi api = new FakeErpApi()) {
            fiveInvoices(api);
            ErpApiPuller puller = puller(h, settings(api, ErpApiPaging.PAGE, "/api/invoices", "$.items"));
            api.failingRequests.add(2);

            assertThatThrownBy(puller::pull).isInstanceOf(ErpApiException.class).hasMessageContaining("answered 503");
            assertThat(h.ledger().customerIds()).containsExactlyInAnyOrder("C1", "C2"); // page 1 was committed
            assertThat(new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()).read(ErpApiIntakeRoute.SOURCE)).isEmpty();

            PullSummary retry = puller.pull();
            assertThat(retry.unchanged()).isEqualTo(2);
            assertThat(retry.created()).isEqualTo(3);
            assertThat(h.ledger().customerIds()).containsExactlyInAnyOrder("C1", "C2", "C3", "C4", "C5");
            assertThat(h.journal.findAll()).hasSize(5);
        }
    }

    @DatabaseTest
    void nextLinksAreFollowedAndMustStayOnTheAllowlist(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db); FakeErpApi api = new FakeErpApi()) {
            fiveInvoices(api);
            PullSummary summary = puller(h, settings(api, ErpApiPaging.NEXT_LINK, "/api/cursor", "$.data")).pull();

            assertThat(summary.batches()).isEqualTo(3);
            assertThat(summary.created()).isEqualTo(5);
            assertThat(api.requests).containsExactly("/api/cursor?size=2", "/api/cursor?after=2", "/api/cursor?after=4");

            OutboundUrlPolicy elsewhere = OutboundUrlPolicy.parse("127.0.0.1", true, true);
            assertThatThrownBy(() -> elsewhere.check(URI.create(api.url("/x")).resolve("https://evil.example/steal").toString()))
                    .hasMessageContaining("not on the allowlist");
        }
    }

    @DatabaseTest
    void aBadItemIsReportedAndTheOthersOnThePageAreImported(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db); FakeErpApi api = new FakeErpApi()) {
            api.put(new FakeErpApi.Invoice("1", "C1", "100.00", "2025-03-31", "OPEN", "2025-03-01T10:00:00Z"));
            api.put(new FakeErpApi.Invoice("2", "C2", "\"12,50\"", "2025-03-31", "OPEN", "2025-03-01T10:01:00Z"));

            PullSummary summary = puller(h, settings(api, ErpApiPaging.PAGE, "/api/invoices", "$.items")).pull();

            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(summary.created()).isEqualTo(1);
            assertThat(h.ledger().customerIds()).containsExactly("C1");
        }
    }

    @DatabaseTest
    void aBaseUrlOffTheAllowlistIsRefusedAtConfiguration(TestDatabase db) {
        assertThatThrownBy(() -> OutboundUrlPolicy.parse("erp.example.com", false, false).check("http://erp.example.com/api"))
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> OutboundUrlPolicy.parse("erp.example.com", false, false).check("https://127.0.0.1/api"))
                .hasMessageContaining("loopback");
    }
}
