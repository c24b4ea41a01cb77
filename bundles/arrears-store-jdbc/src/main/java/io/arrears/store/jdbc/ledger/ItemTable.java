package io.arrears.store.jdbc.ledger;

import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for {@code items}: invoices, credit notes, instalments, fee and interest claims. */
final class ItemTable {

    private static final String COLUMNS = "id, customer_id, kind, document_number, parent_item_id, issue_date, due_date, amount, currency, recorded_at";
    private static final String INSERT = """
            INSERT INTO items (customer_id, kind, document_number, parent_item_id, issue_date, due_date, amount, currency, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String BY_DOCUMENT = "SELECT " + COLUMNS + " FROM items WHERE customer_id = ? AND kind = ? AND document_number = ?";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM items WHERE id = ?";
    private static final String OF_CUSTOMER = "SELECT " + COLUMNS + " FROM items WHERE customer_id = ? ORDER BY due_date, id";

    private final Jdbc jdbc;

    ItemTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    ItemRow insert(ItemRow row) {
        long id = jdbc.insert("inserting " + row.kind() + " '" + row.documentNumber() + "' of customer #" + row.customerId(), INSERT,
                row.customerId(), row.kind(), row.documentNumber(), row.parentItemId(), row.issueDate(), row.dueDate(),
                row.amount(), row.currency(), Columns.utc(row.recordedAt()));
        return row.withId(id);
    }

    Optional<ItemRow> findByDocument(long customerId, String kind, String documentNumber) {
        return jdbc.queryOptional("reading " + kind + " '" + documentNumber + "' of customer #" + customerId, BY_DOCUMENT,
                ItemTable::item, customerId, kind, documentNumber);
    }

    Optional<ItemRow> findById(long id) {
        return jdbc.queryOptional("reading item #" + id, BY_ID, ItemTable::item, id);
    }

    List<ItemRow> ofCustomer(long customerId) {
        return jdbc.query("reading items of customer #" + customerId, OF_CUSTOMER, ItemTable::item, customerId);
    }

    private static ItemRow item(ResultSet rs) throws SQLException {
        return new ItemRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("kind"), rs.getString("document_number"),
                Columns.optionalLong(rs, "parent_item_id"), Columns.date(rs, "issue_date"), Columns.date(rs, "due_date"),
                rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency"), Columns.instant(rs, "recorded_at"));
    }
}
