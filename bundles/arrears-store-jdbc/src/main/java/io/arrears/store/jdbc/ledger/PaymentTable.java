package io.arrears.store.jdbc.ledger;

import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.api.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for {@code payments}; the bank's or ERP's external key makes every import idempotent. */
final class PaymentTable {

    static final String EXTERNAL_KEY_CONSTRAINT = "uk_payments_external_key";

    private static final String COLUMNS = "id, external_key, customer_id, received_on, amount, currency, reference, recorded_at";
    private static final String INSERT = """
            INSERT INTO payments (external_key, customer_id, received_on, amount, currency, reference, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String BY_EXTERNAL_KEY = "SELECT " + COLUMNS + " FROM payments WHERE external_key = ?";
    private static final String OF_CUSTOMER = "SELECT " + COLUMNS + " FROM payments WHERE customer_id = ? ORDER BY received_on, id";
    private static final String ASSIGN = "UPDATE payments SET customer_id = ? WHERE id = ? AND customer_id IS NULL";

    private final Jdbc jdbc;

    PaymentTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the payment, or returns the one already stored under its external key (created = false). */
    InsertOutcome<PaymentRow> insertUnlessExists(PaymentRow row) {
        return jdbc.insertUnlessExists(EXTERNAL_KEY_CONSTRAINT,
                () -> row.withId(jdbc.insert("inserting payment '" + row.externalKey() + "'", INSERT, row.externalKey(),
                        row.customerId(), row.receivedOn(), row.amount(), row.currency(), row.reference(),
                        Columns.utc(row.recordedAt()))),
                () -> findByExternalKey(row.externalKey()).orElseThrow(() -> new StoreException(
                        "payment '" + row.externalKey() + "' was reported as a duplicate but cannot be read back")));
    }

    Optional<PaymentRow> findByExternalKey(String externalKey) {
        return jdbc.queryOptional("reading payment '" + externalKey + "'", BY_EXTERNAL_KEY, PaymentTable::payment, externalKey);
    }

    List<PaymentRow> ofCustomer(long customerId) {
        return jdbc.query("reading payments of customer #" + customerId, OF_CUSTOMER, PaymentTable::payment, customerId);
    }

    /** Matches an unmatched payment to a customer; false when it was already matched. */
    boolean assignCustomer(long paymentId, long customerId) {
        return jdbc.update("matching payment #" + paymentId + " to customer #" + customerId, ASSIGN, customerId, paymentId) == 1;
    }

    private static PaymentRow payment(ResultSet rs) throws SQLException {
        return new PaymentRow(rs.getLong("id"), rs.getString("external_key"), Columns.optionalLong(rs, "customer_id"),
                Columns.date(rs, "received_on"), rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency"),
                rs.getString("reference"), Columns.instant(rs, "recorded_at"));
    }
}
