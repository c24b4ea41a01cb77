package io.arrears.store.jdbc.ledger;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.ContactRole;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.IdChunks;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.JdbcTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.arrears.api.ledger.Contact;
import javax.sql.DataSource;

/**
 * Customer master data from ERP documents in {@code customers}; the billing e-mail is the customer's
 * {@link ContactRole#ACCOUNTS_PAYABLE} contact; the segment (V028) is kept like the e-mail: an import naming none keeps it. Language, time zone and currency are left to whoever
 * maintains them: an import never clears them.
 */
public final class JdbcCustomerRepository implements CustomerRepository {


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
            if (customer.segment() != null) {
                table.setSegment(stored.id(), customer.segment());
            }
            return stored;
        });
    }

    @Override
    public List<Contact> contacts(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> {
            CustomerTable table = new CustomerTable(jdbc);
            return table.findByErpId(erpCustomerId).map(row -> table.contactsOf(row.id()).stream()
                    .filter(c -> c.email() != null || c.phone() != null)
                    .map(c -> new Contact(ContactRole.valueOf(c.role()), c.name() == null || c.name().isBlank() ? row.name() : c.name(),
                            Optional.ofNullable(c.email()), Optional.ofNullable(c.phone())))
                    .sorted(Comparator.comparing(Contact::role)).toList()).orElse(List.of());
        });
    }

    @Override
    public void replaceContacts(String erpCustomerId, List<Contact> contacts) {
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        for (Contact c : contacts) {
            if (!roles.add(c.role())) {
                throw new IllegalArgumentException("a customer has one contact per role; " + c.role() + " is given twice");
            }
            fits(c.name(), 200, c.role() + " name");
            fits(c.email().orElse(""), 254, c.role() + " e-mail");
            fits(c.phone().orElse(""), 32, c.role() + " phone");
        }
        Instant now = clock.instant();
        transactions.inTransaction(jdbc -> {
            CustomerTable table = new CustomerTable(jdbc);
            CustomerRow row = table.findByErpId(erpCustomerId)
                    .orElseThrow(() -> new IllegalArgumentException("no customer with ERP id '" + erpCustomerId + "'"));
            table.replaceContacts(row.id(), contacts.stream().map(c -> new ContactRow(null, row.id(), c.role().name(), c.name(),
                    c.email().orElse(null), c.phone().orElse(null), null, now)).toList());
            return null;
        });
    }

    @Override
    public Optional<CustomerMasterData> find(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> {
            CustomerTable table = new CustomerTable(jdbc);
            return table.findByErpId(erpCustomerId).map(row -> new CustomerMasterData(row.erpCustomerId(), row.name(),
                    row.countryCode(), table.contactsOf(row.id()).stream().filter(c -> c.role().equals(BILLING))
                            .map(ContactRow::email).filter(e -> e != null).findFirst().orElse(null),
                    table.segmentOf(row.id()).orElse(null)));
        });
    }

    private static void fits(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is " + value.length() + " characters long, at most " + max + " fit");
        }
    }

    /** In chunks of {@value IdChunks#CHUNK} ids a query (an IN list per chunk), all in one transaction. */
    @Override
    public Map<String, CustomerMasterData> findAll(Collection<String> erpCustomerIds) {
        Map<String, CustomerMasterData> found = new HashMap<>();
        transactions.inTransaction(jdbc -> {
            IdChunks.forEach(erpCustomerIds, chunk -> {
                List<Object> params = new ArrayList<>(chunk.size() + 1);
                params.add(BILLING);
                params.addAll(chunk);
                jdbc.query("reading the master data of " + chunk.size() + " customers", "SELECT c.erp_customer_id, c.name, "
                        + "c.country_code, c.segment, (SELECT min(k.email) FROM contacts k WHERE k.customer_id = c.id AND k.role = ?) AS email "
                        + "FROM customers c WHERE c.erp_customer_id IN (" + IdChunks.placeholders(chunk.size()) + ")",
                        rs -> new CustomerMasterData(rs.getString(1), rs.getString(2), Columns.fixedChar(rs, "country_code"),
                                rs.getString(5), rs.getString(4)), params.toArray())
                        .forEach(m -> found.put(m.erpCustomerId(), m));
            });
            return null;
        });
        return found;
    }
}
