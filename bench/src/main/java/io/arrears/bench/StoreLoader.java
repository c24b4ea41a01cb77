package io.arrears.bench;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerProjector;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.ProjectedClaim;
import io.arrears.api.money.Money;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a {@link StorePortfolio} with plain JDBC batches: master data into {@code customers}, events into the journal
 * ({@code ledger_events}, the production table with its keys and indexes) and, as the baseline, the same rows into a bare
 * table without any key or index. Invoices and unreferenced payments only: they need no reference rows.
 */
final class StoreLoader {

    static final int BATCH = 5_000;
    private static final String JOURNAL_INVOICE = "INSERT INTO %s (event_type, customer_key, item_key, item_kind, document_number, "
            + "issue_date, due_date, amount, currency, recorded_at) VALUES ('ITEM_RECORDED', ?, ?, 'INVOICE', ?, ?, ?, ?, ?, ?)";
    private static final String JOURNAL_PAYMENT = "INSERT INTO %s (event_type, customer_key, external_key, value_date, amount, "
            + "currency, recorded_at) VALUES ('PAYMENT_RECORDED', ?, ?, ?, ?, ?, ?)";
    static final String RAW_TABLE = "bench_raw_events";

    private StoreLoader() {
    }

    /** The baseline's table: the journal's columns, no key, no index, no check. */
    static void createRawTable(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + RAW_TABLE + " (event_type VARCHAR(16), customer_key VARCHAR(64), item_key VARCHAR(128), "
                    + "item_kind VARCHAR(16), document_number VARCHAR(64), issue_date DATE, due_date DATE, external_key VARCHAR(128), "
                    + "value_date DATE, amount NUMERIC(19,4), currency CHAR(3), recorded_at TIMESTAMP WITH TIME ZONE)");
        }
    }

    static void dropRawTable(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + RAW_TABLE);
        }
    }

    static void masterData(DataSource db, List<CustomerMasterData> customers, Instant now) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO customers (erp_customer_id, name, country_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            int n = 0;
            for (CustomerMasterData customer : customers) {
                insert.setString(1, customer.erpCustomerId());
                insert.setString(2, customer.name());
                insert.setString(3, customer.country());
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /** Batches of {@value #BATCH} rows, one commit a batch, into {@code table} (the journal or the bare baseline table). */
    static void events(DataSource db, String table, List<LedgerEvent> events, Instant now) throws SQLException {
        Timestamp recordedAt = Timestamp.from(now);
        try (Connection c = db.getConnection();
             PreparedStatement invoice = c.prepareStatement(String.format(JOURNAL_INVOICE, table));
             PreparedStatement payment = c.prepareStatement(String.format(JOURNAL_PAYMENT, table))) {
            c.setAutoCommit(false);
            int n = 0;
            for (LedgerEvent event : events) {
                if (event instanceof LedgerEvent.ItemRecorded recorded) {
                    Item item = recorded.item();
                    invoice.setString(1, item.customerId());
                    invoice.setString(2, item.id());
                    invoice.setString(3, item.documentNumber());
                    invoice.setDate(4, Date.valueOf(item.issueDate()));
                    invoice.setDate(5, Date.valueOf(item.dueDate()));
                    invoice.setBigDecimal(6, item.amount().amount());
                    invoice.setString(7, item.amount().currencyCode());
                    invoice.setTimestamp(8, recordedAt);
                    invoice.addBatch();
                } else if (event instanceof LedgerEvent.PaymentRecorded recorded && recorded.payment().references().isEmpty()) {
                    Payment p = recorded.payment();
                    payment.setString(1, p.customerId());
                    payment.setString(2, p.externalKey());
                    payment.setDate(3, Date.valueOf(p.valueDate()));
                    payment.setBigDecimal(4, p.amount().amount());
                    payment.setString(5, p.amount().currencyCode());
                    payment.setTimestamp(6, recordedAt);
                    payment.addBatch();
                } else {
                    throw new IllegalArgumentException("the loader writes invoices and unreferenced payments only, not " + event);
                }
                if (++n % BATCH == 0) {
                    invoice.executeBatch();
                    payment.executeBatch();
                    c.commit();
                }
            }
            invoice.executeBatch();
            payment.executeBatch();
            c.commit();
        }
    }

    /**
     * The read model for a journal written by {@link #events}: every customer projected by the production projector and
     * written in batches, with {@code last_seq} at the customer's latest journal event, so that
     * {@code rebuildStalePositions} afterwards finds nothing stale. The fast way for large portfolios; the product builds
     * it customer by customer.
     */
    static int positions(DataSource db, List<LedgerEvent> events, LedgerProjector projector) throws SQLException {
        Map<String, List<LedgerEvent>> byCustomer = new LinkedHashMap<>();
        events.forEach(e -> byCustomer.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e));
        Map<String, Long> lastSeq = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT customer_key, max(seq) FROM ledger_events GROUP BY customer_key")) {
            while (rs.next()) {
                lastSeq.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Connection c = db.getConnection();
             PreparedStatement position = c.prepareStatement("INSERT INTO ledger_positions (customer_key, last_seq) VALUES (?, ?)");
             PreparedStatement claim = c.prepareStatement("INSERT INTO ledger_position_claims (customer_key, position, item_key, "
                     + "due_date, outstanding, currency) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement credit = c.prepareStatement(
                     "INSERT INTO ledger_position_credits (customer_key, currency, credit) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            int n = 0;
            for (Map.Entry<String, List<LedgerEvent>> customer : byCustomer.entrySet()) {
                String key = customer.getKey();
                CustomerProjection projection = projector.project(key, customer.getValue());
                position.setString(1, key);
                position.setLong(2, lastSeq.get(key));
                position.addBatch();
                int index = 0;
                for (ProjectedClaim open : projection.openClaims()) {
                    claim.setString(1, key);
                    claim.setInt(2, index++);
                    claim.setString(3, open.itemId());
                    claim.setDate(4, Date.valueOf(open.dueDate()));
                    claim.setBigDecimal(5, open.outstanding().amount());
                    claim.setString(6, open.outstanding().currencyCode());
                    claim.addBatch();
                }
                for (Money unused : projection.credits()) {
                    if (unused.isPositive()) {
                        credit.setString(1, key);
                        credit.setString(2, unused.currencyCode());
                        credit.setBigDecimal(3, unused.amount());
                        credit.addBatch();
                    }
                }
                if (++n % 1_000 == 0) {
                    position.executeBatch();
                    claim.executeBatch();
                    credit.executeBatch();
                    c.commit();
                }
            }
            position.executeBatch();
            claim.executeBatch();
            credit.executeBatch();
            c.commit();
        }
        return byCustomer.size();
    }
}
