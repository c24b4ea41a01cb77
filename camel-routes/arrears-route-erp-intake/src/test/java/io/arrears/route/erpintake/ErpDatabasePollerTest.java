package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The ERP database intake against an ERP-like table ({@code erp_invoices}, the ERP's own column names)
 * created in the test's own schema, on H2 and, with -Ppostgres, on the real PostgreSQL.
 */
class ErpDatabasePollerTest {

    static final String SQL = "SELECT inv_id AS source_document_id, inv_no, cust_no, cust_name, issued, due, gross, cur, status, changed_at "
            + "FROM erp_invoices WHERE changed_at > :watermark ORDER BY changed_at, inv_id";
    static final Map<InvoiceField, String> COLUMNS = Map.of(InvoiceField.DOCUMENT_NUMBER, "inv_no",
            InvoiceField.CUSTOMER_ID, "cust_no", InvoiceField.CUSTOMER_NAME, "cust_name", InvoiceField.ISSUE_DATE, "issued",
            InvoiceField.DUE_DATE, "due", InvoiceField.AMOUNT, "gross", InvoiceField.CURRENCY, "cur",
            InvoiceField.CANCELLED, "status");
    static final LocalDateTime START = LocalDateTime.of(1900, 1, 1, 0, 0);

    static void createErpSchema(TestDatabase db) {
        db.execute("CREATE TABLE erp_invoices (inv_id INTEGER PRIMARY KEY, inv_no VARCHAR(32) NOT NULL, cust_no VARCHAR(16) NOT NULL, "
                + "cust_name VARCHAR(100) NOT NULL, issued DATE NOT NULL, due DATE, gross NUMERIC(15,2) NOT NULL, "
                + "cur CHAR(3) NOT NULL, status VARCHAR(12) NOT NULL, changed_at TIMESTAMP NOT NULL)");
    }

    static void insert(TestDatabase db, int id, String customer, String amount, String due, String changedAt) {
        db.execute("INSERT INTO erp_invoices VALUES (" + id + ", 'FV/" + id + "', '" + customer + "', 'Customer " + customer
                + "', DATE '2025-03-01', DATE '" + due + "', " + amount + ", 'PLN', 'OPEN', TIMESTAMP '" + changedAt + "')");
    }

    static ErpDatabasePoller poller(IntakeHarness h, String sql, int batchSize) {
        return new ErpDatabasePoller(ErpDatabaseIntakeRoute.SOURCE, h.db.dataSource(),
                new ErpQuery(sql, COLUMNS, "changed_at", WatermarkType.TIMESTAMP, batchSize), START,
                new InvoiceFieldMapper("uuuu-MM-dd"), new JdbcWatermarkStore(h.db.dataSource(), Clock.systemUTC()), h.intake);
    }

    private static ItemBalance open(IntakeHarness h, String customer) {
        return h.ledger().balances(customer).stream().filter(ItemBalance::isOpenClaim).findFirst().orElseThrow();
    }

    @DatabaseTest
    void readsIncrementallyInBatchesAndUpdatedRowsUpdateTheLedger(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            createErpSchema(db);
            insert(db, 1, "K1", "100.00", "2025-03-31", "2025-03-01 10:00:00");
            insert(db, 2, "K2", "200.00", "2025-03-31", "2025-03-01 11:00:00");
            insert(db, 3, "K3", "300.00", "2025-03-31", "2025-03-01 12:00:00");
            ErpDatabasePoller poller = poller(h, SQL, 2);

            PullSummary first = poller.poll();
            assertThat(first.batches()).isEqualTo(2);
            assertThat(first.created()).isEqualTo(3);
            assertThat(first.watermark()).isEqualTo("2025-03-01T12:00");
            assertThat(new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()).read(ErpDatabaseIntakeRoute.SOURCE))
                    .contains("2025-03-01T12:00");
            assertThat(open(h, "K1").outstanding()).isEqualTo(Money.of("100.00", "PLN"));

            // nothing changed in the ERP: nothing read
            assertThat(poller.poll().records()).isZero();

            // the ERP changes an amount, a due date and cancels an invoice
            db.execute("UPDATE erp_invoices SET gross = 120.00, changed_at = TIMESTAMP '2025-03-02 09:00:00' WHERE inv_id = 1",
                    "UPDATE erp_invoices SET due = DATE '2025-04-30', changed_at = TIMESTAMP '2025-03-02 09:00:01' WHERE inv_id = 2",
                    "UPDATE erp_invoices SET status = 'CANCELLED', changed_at = TIMESTAMP '2025-03-02 09:00:02' WHERE inv_id = 3");
            PullSummary changes = poller.poll();
            assertThat(changes.updated()).isEqualTo(2);
            assertThat(changes.cancelled()).isEqualTo(1);

            assertThat(open(h, "K1").outstanding()).isEqualTo(Money.of("120.00", "PLN"));
            assertThat(open(h, "K2").item().dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
            assertThat(h.ledger().balances("K3")).singleElement().extracting(ItemBalance::status).isEqualTo(ItemStatus.CANCELLED);
            // 3 recorded + 2 × (cancel + re-record) + 1 cancel
            assertThat(h.journal.findAll()).hasSize(8);
        }
    }

    @DatabaseTest
    void rowsWithTheSameWatermarkStayInOneBatch(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            createErpSchema(db);
            for (int id = 1; id <= 3; id++) {
                insert(db, id, "K" + id, "10.00", "2025-03-31", "2025-03-01 10:00:00");
            }
            insert(db, 4, "K4", "10.00", "2025-03-31", "2025-03-01 10:00:01");

            PullSummary summary = poller(h, SQL, 1).poll();

            // batch size 1, but a batch never ends inside a run of equal watermarks: [1,2,3] then [4]
            assertThat(summary.batches()).isEqualTo(2);
            assertThat(summary.created()).isEqualTo(4);
            assertThat(h.ledger().customerIds()).containsExactlyInAnyOrder("K1", "K2", "K3", "K4");
        }
    }

    @DatabaseTest
    void aCrashBeforeTheWatermarkIsSavedReReadsTheBatchWithoutDoublingIt(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            createErpSchema(db);
            insert(db, 1, "K1", "100.00", "2025-03-31", "2025-03-01 10:00:00");
            insert(db, 2, "K2", "200.00", "2025-03-31", "2025-03-01 11:00:00");
            poller(h, SQL, 10).poll();
            int events = h.journal.findAll().size();

            // the state a crash between the ledger commit and the watermark save leaves behind
            db.execute("DELETE FROM intake_watermarks");
            PullSummary again = poller(h, SQL, 10).poll();

            assertThat(again.records()).isEqualTo(2);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(h.journal.findAll()).hasSize(events);
        }
    }

    @DatabaseTest
    void aBadRowIsReportedAndSkippedAndTheOthersAreImported(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            createErpSchema(db);
            insert(db, 1, "K1", "100.00", "2025-03-31", "2025-03-01 10:00:00");
            db.execute("INSERT INTO erp_invoices VALUES (2, 'FV/2', 'K2', 'Customer K2', DATE '2025-03-01', DATE '2025-03-31', "
                    + "10.00, 'XYZ', 'OPEN', TIMESTAMP '2025-03-01 10:30:00')");
            insert(db, 3, "K3", "300.00", "2025-03-31", "2025-03-01 11:00:00");

            PullSummary summary = poller(h, SQL, 10).poll();

            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(summary.created()).isEqualTo(2);
            assertThat(h.ledger().customerIds()).containsExactlyInAnyOrder("K1", "K3");
            assertThat(summary.watermark()).isEqualTo("2025-03-01T11:00");
        }
    }

    @DatabaseTest
    void aQueryThatIsNotOrderedOrRereadsTheWatermarkFailsWithoutMovingIt(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            createErpSchema(db);
            insert(db, 1, "K1", "100.00", "2025-03-31", "2025-03-01 10:00:00");
            insert(db, 2, "K2", "200.00", "2025-03-31", "2025-03-01 11:00:00");
            String unordered = SQL.replace("ORDER BY changed_at, inv_id", "ORDER BY changed_at DESC");

            assertThatThrownBy(() -> poller(h, unordered, 10).poll()).hasMessageContaining("must ORDER BY changed_at");
            assertThat(new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()).read(ErpDatabaseIntakeRoute.SOURCE)).isEmpty();

            poller(h, SQL, 10).poll();
            String inclusive = SQL.replace("changed_at > :watermark", "changed_at >= :watermark");
            assertThatThrownBy(() -> poller(h, inclusive, 10).poll()).hasMessageContaining("compare with '>'");
        }
    }

    @DatabaseTest
    void aQueryWithoutTheWatermarkParameterOrAMappedColumnIsRefusedClearly(TestDatabase db) throws Exception {
        assertThatThrownBy(() -> new ErpQuery("SELECT * FROM erp_invoices", COLUMNS, "changed_at", WatermarkType.TIMESTAMP, 10))
                .hasMessageContaining(":watermark");
        try (IntakeHarness h = new IntakeHarness(db)) {
            createErpSchema(db);
            insert(db, 1, "K1", "100.00", "2025-03-31", "2025-03-01 10:00:00");
            assertThatThrownBy(() -> poller(h, SQL.replace(", cur,", ","), 10).poll())
                    .hasMessageContaining("no column 'cur' for field currency");
        }
    }
}
