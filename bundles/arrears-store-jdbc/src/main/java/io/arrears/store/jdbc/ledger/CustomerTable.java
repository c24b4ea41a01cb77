package io.arrears.store.jdbc.ledger;

import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for {@code customers} and {@code contacts}. */
final class CustomerTable {

    private static final String COLUMNS = "id, erp_customer_id, name, country_code, language_tag, time_zone, currency, created_at, updated_at";
    private static final String INSERT = """
            INSERT INTO customers (erp_customer_id, name, country_code, language_tag, time_zone, currency, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE customers SET name = ?, country_code = ?, language_tag = ?, time_zone = ?, currency = ?, updated_at = ?
            WHERE erp_customer_id = ?""";
    private static final String BY_ERP_ID = "SELECT " + COLUMNS + " FROM customers WHERE erp_customer_id = ?";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM customers WHERE id = ?";

    private static final String SET_SEGMENT = "UPDATE customers SET segment = ? WHERE id = ?";
    private static final String SEGMENT_OF = "SELECT segment FROM customers WHERE id = ?";

    private static final String CONTACT_COLUMNS = "id, customer_id, role, name, email, phone, language_tag, created_at";
    private static final String INSERT_CONTACT = """
            INSERT INTO contacts (customer_id, role, name, email, phone, language_tag, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String SET_CONTACT_EMAIL = "UPDATE contacts SET email = ? WHERE customer_id = ? AND role = ?";
    private static final String DELETE_CONTACTS = "DELETE FROM contacts WHERE customer_id = ?";
    private static final String CONTACTS_OF = "SELECT " + CONTACT_COLUMNS + " FROM contacts WHERE customer_id = ? ORDER BY role";

    private final Jdbc jdbc;

    CustomerTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    CustomerRow insert(CustomerRow row) {
        long id = jdbc.insert("inserting customer '" + row.erpCustomerId() + "'", INSERT, row.erpCustomerId(), row.name(),
                row.countryCode(), row.languageTag(), row.timeZone(), row.currency(),
                Columns.utc(row.createdAt()), Columns.utc(row.updatedAt()));
        return row.withId(id);
    }

    /** Updates the descriptive columns of the customer with the row's ERP id; false when there is none. */
    boolean update(CustomerRow row) {
        return jdbc.update("updating customer '" + row.erpCustomerId() + "'", UPDATE, row.name(), row.countryCode(),
                row.languageTag(), row.timeZone(), row.currency(), Columns.utc(row.updatedAt()), row.erpCustomerId()) == 1;
    }

    Optional<CustomerRow> findByErpId(String erpCustomerId) {
        return jdbc.queryOptional("reading customer '" + erpCustomerId + "'", BY_ERP_ID, CustomerTable::customer, erpCustomerId);
    }

    Optional<CustomerRow> findById(long id) {
        return jdbc.queryOptional("reading customer #" + id, BY_ID, CustomerTable::customer, id);
    }

    /** Sets the customer's segment (ERP master data, normalised by the caller). */
    void setSegment(long customerId, String segment) {
        jdbc.update("setting the segment of customer #" + customerId, SET_SEGMENT, segment, customerId);
    }

    Optional<String> segmentOf(long customerId) {
        return jdbc.queryOptional("reading the segment of customer #" + customerId, SEGMENT_OF,
                rs -> Optional.ofNullable(rs.getString("segment")), customerId).flatMap(s -> s);
    }

    /** Makes {@code contacts} the customer's whole contact list (the ERP is the source of truth). */
    void replaceContacts(long customerId, List<ContactRow> contacts) {
        jdbc.update("removing contacts of customer #" + customerId, DELETE_CONTACTS, customerId);
        for (ContactRow c : contacts) {
            jdbc.insert("inserting " + c.role() + " contact of customer #" + customerId, INSERT_CONTACT, customerId, c.role(),
                    c.name(), c.email(), c.phone(), c.languageTag(), Columns.utc(c.createdAt()));
        }
    }

    /** Sets the e-mail of the customer's contact in {@code role}, creating that contact when missing. */
    void setContactEmail(long customerId, String role, String email, Instant now) {
        String operation = "setting the " + role + " e-mail of customer #" + customerId;
        if (jdbc.update(operation, SET_CONTACT_EMAIL, email, customerId, role) == 0) {
            jdbc.insert(operation, INSERT_CONTACT, customerId, role, null, email, null, null, Columns.utc(now));
        }
    }

    List<ContactRow> contactsOf(long customerId) {
        return jdbc.query("reading contacts of customer #" + customerId, CONTACTS_OF, CustomerTable::contact, customerId);
    }

    private static CustomerRow customer(ResultSet rs) throws SQLException {
        return new CustomerRow(rs.getLong("id"), rs.getString("erp_customer_id"), rs.getString("name"),
                Columns.fixedChar(rs, "country_code"), rs.getString("language_tag"), rs.getString("time_zone"),
                Columns.fixedChar(rs, "currency"), Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }

    private static ContactRow contact(ResultSet rs) throws SQLException {
        return new ContactRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("role"), rs.getString("name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("language_tag"), Columns.instant(rs, "created_at"));
    }
}
