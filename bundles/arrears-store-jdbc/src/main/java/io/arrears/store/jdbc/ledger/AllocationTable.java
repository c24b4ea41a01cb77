package io.arrears.store.jdbc.ledger;

import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** SQL for {@code allocations}, {@code reversals} and {@code waivers}: what happened to the items. */
final class AllocationTable {

    private static final String INSERT_ALLOCATION = """
            INSERT INTO allocations (item_id, payment_id, credit_item_id, amount, currency, allocated_on, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String ALLOCATIONS_OF_CUSTOMER = """
            SELECT a.id, a.item_id, a.payment_id, a.credit_item_id, a.amount, a.currency, a.allocated_on, a.recorded_at
            FROM allocations a JOIN items i ON i.id = a.item_id
            WHERE i.customer_id = ? ORDER BY a.allocated_on, a.id""";

    private static final String INSERT_REVERSAL = """
            INSERT INTO reversals (payment_id, allocation_id, reason, reversed_on, recorded_at) VALUES (?, ?, ?, ?, ?)""";
    // a reversal belongs to the customer of the payment it undoes, or of the item its allocation paid
    private static final String REVERSALS_OF_CUSTOMER = """
            SELECT r.id, r.payment_id, r.allocation_id, r.reason, r.reversed_on, r.recorded_at
            FROM reversals r
            LEFT JOIN payments p ON p.id = r.payment_id
            LEFT JOIN allocations a ON a.id = r.allocation_id
            LEFT JOIN items i ON i.id = a.item_id
            WHERE p.customer_id = ? OR i.customer_id = ? ORDER BY r.reversed_on, r.id""";

    private static final String INSERT_WAIVER = """
            INSERT INTO waivers (item_id, amount, currency, reason, waived_by, waived_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String WAIVERS_OF_CUSTOMER = """
            SELECT w.id, w.item_id, w.amount, w.currency, w.reason, w.waived_by, w.waived_on, w.recorded_at
            FROM waivers w JOIN items i ON i.id = w.item_id
            WHERE i.customer_id = ? ORDER BY w.waived_on, w.id""";

    private final Jdbc jdbc;

    AllocationTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    AllocationRow insert(AllocationRow row) {
        long id = jdbc.insert("allocating " + row.amount().toPlainString() + " " + row.currency() + " to item #" + row.itemId(),
                INSERT_ALLOCATION, row.itemId(), row.paymentId(), row.creditItemId(), row.amount(), row.currency(),
                row.allocatedOn(), Columns.utc(row.recordedAt()));
        return row.withId(id);
    }

    List<AllocationRow> allocationsOf(long customerId) {
        return jdbc.query("reading allocations of customer #" + customerId, ALLOCATIONS_OF_CUSTOMER, AllocationTable::allocation, customerId);
    }

    ReversalRow insert(ReversalRow row) {
        String target = row.paymentId() != null ? "payment #" + row.paymentId() : "allocation #" + row.allocationId();
        long id = jdbc.insert("reversing " + target, INSERT_REVERSAL, row.paymentId(), row.allocationId(), row.reason(),
                row.reversedOn(), Columns.utc(row.recordedAt()));
        return row.withId(id);
    }

    List<ReversalRow> reversalsOf(long customerId) {
        return jdbc.query("reading reversals of customer #" + customerId, REVERSALS_OF_CUSTOMER, AllocationTable::reversal,
                customerId, customerId);
    }

    WaiverRow insert(WaiverRow row) {
        long id = jdbc.insert("waiving " + row.amount().toPlainString() + " " + row.currency() + " of item #" + row.itemId(),
                INSERT_WAIVER, row.itemId(), row.amount(), row.currency(), row.reason(), row.waivedBy(), row.waivedOn(),
                Columns.utc(row.recordedAt()));
        return row.withId(id);
    }

    List<WaiverRow> waiversOf(long customerId) {
        return jdbc.query("reading waivers of customer #" + customerId, WAIVERS_OF_CUSTOMER, AllocationTable::waiver, customerId);
    }

    private static AllocationRow allocation(ResultSet rs) throws SQLException {
        return new AllocationRow(rs.getLong("id"), rs.getLong("item_id"), Columns.optionalLong(rs, "payment_id"),
                Columns.optionalLong(rs, "credit_item_id"), rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency"),
                Columns.date(rs, "allocated_on"), Columns.instant(rs, "recorded_at"));
    }

    private static ReversalRow reversal(ResultSet rs) throws SQLException {
        return new ReversalRow(rs.getLong("id"), Columns.optionalLong(rs, "payment_id"), Columns.optionalLong(rs, "allocation_id"),
                rs.getString("reason"), Columns.date(rs, "reversed_on"), Columns.instant(rs, "recorded_at"));
    }

    private static WaiverRow waiver(ResultSet rs) throws SQLException {
        return new WaiverRow(rs.getLong("id"), rs.getLong("item_id"), rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency"),
                rs.getString("reason"), rs.getString("waived_by"), Columns.date(rs, "waived_on"), Columns.instant(rs, "recorded_at"));
    }
}
