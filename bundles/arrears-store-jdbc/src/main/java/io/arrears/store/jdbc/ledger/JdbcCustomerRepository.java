package io.arrears.store.jdbc.ledger;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.ContactRole;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.JdbcTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Customer master data from ERP documents in {@code customers}; the billing e-mail is the customer's
 * {@link ContactRole#ACCOUNTS_PAYABLE} contact. Language, time zone and currency are left to whoever
 * maintains them: an import never clears them.
 */
public final class JdbcCustomerRepository implements CustomerRepository {

    private static final int CHUNK = 500;

    static final String ERP_ID_CONSTRAINT = "uk_customers_erp_customer_id";
    private static final String BILLING = ContactRole.ACCOUNTS_PAYABLE.name();

    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcCustomerRepository(DataSource dataSource, Clock clock) {
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
    }

    @Override
    public void upsert(CustomerMasterData customer) {
        Instant now = clock.instant();
        transactions.inTransaction(jdbc -> {
            CustomerTable table = new CustomerTable(jdbc);
            CustomerRow stored = table.findByErpId(customer.erpCustomerId()).map(row -> {
                CustomerRow changed = new CustomerRow(row.id(), row.erpCustomerId(), customer.name(),
                        customer.country() == null ? row.countryCode() : customer.country(), row.languageTag(), row.timeZone(),
                        row.currency(), row.createdAt(), now);
                table.update(changed);
                return changed;
            }).orElseGet(() -> {
                CustomerRow fresh = new CustomerRow(null, customer.erpCustomerId(), customer.name(), customer.country(), null,
                        null, null, now, now);
                InsertOutcome<CustomerRow> outcome = jdbc.insertUnlessExists(ERP_ID_CONSTRAINT, () -> table.insert(fresh),
                        () -> table.findByErpId(customer.erpCustomerId()).orElseThrow());
                return outcome.row();
            });
            if (customer.email() != null && !customer.email().isBlank()) {
                table.setContactEmail(stored.id(), BILLING, customer.email(), now);
            }
            return stored;
        });
    }

    @Override
    public Optional<CustomerMasterData> find(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> {
            CustomerTable table = new CustomerTable(jdbc);
            return table.findByErpId(erpCustomerId).map(row -> new CustomerMasterData(row.erpCustomerId(), row.name(),
                    row.countryCode(), table.contactsOf(row.id()).stream().filter(c -> c.role().equals(BILLING))
                            .map(ContactRow::email).findFirst().orElse(null)));
        });
    }

    /** In chunks of {@value #CHUNK} ids a query (an IN list per chunk), all in one transaction. */
    @Override
    public Map<String, CustomerMasterData> findAll(Collection<String> erpCustomerIds) {
        List<String> ids = List.copyOf(erpCustomerIds);
        Map<String, CustomerMasterData> found = new HashMap<>();
        transactions.inTransaction(jdbc -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<Object> params = new ArrayList<>(chunk.size() + 1);
                params.add(BILLING);
                params.addAll(chunk);
                jdbc.query("reading the master data of " + chunk.size() + " customers", "SELECT c.erp_customer_id, c.name, "
                        + "c.country_code, (SELECT min(k.email) FROM contacts k WHERE k.customer_id = c.id AND k.role = ?) AS email "
                        + "FROM customers c WHERE c.erp_customer_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                        rs -> new CustomerMasterData(rs.getString(1), rs.getString(2), Columns.fixedChar(rs, "country_code"),
                                rs.getString(4)), params.toArray())
                        .forEach(m -> found.put(m.erpCustomerId(), m));
            }
            return null;
        });
        return found;
    }
}
