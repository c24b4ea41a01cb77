package io.arrears.store.jdbc.insurer;

import io.arrears.api.insurer.BuyerLimit;
import io.arrears.api.insurer.InsurerPolicy;
import io.arrears.api.insurer.InsurerPolicyRepository;
import io.arrears.api.money.Money;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Policies on {@code insurer_policies} with their buyers in {@code insurer_buyers} (V018). */
public final class JdbcInsurerPolicyRepository implements InsurerPolicyRepository {

    static final String NUMBER_KEY = "uk_insurer_policies_number";
    private static final String COLUMNS = "id, insurer_id, policy_number, max_extension_days, notification_days, country, active";

    private final JdbcTransactions transactions;

    public JdbcInsurerPolicyRepository(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public InsurerPolicy create(InsurerPolicy policy) {
        return transactions.inTransaction(jdbc -> {
            long id = jdbc.insert("creating policy " + policy.policyNumber(), "INSERT INTO insurer_policies (insurer_id, "
                    + "policy_number, max_extension_days, notification_days, country, active) VALUES (?, ?, ?, ?, ?, ?)",
                    policy.insurerId(), policy.policyNumber(), policy.maxExtensionDays(), policy.notificationDays(),
                    policy.country(), policy.active());
            insertBuyers(jdbc, id, policy.buyers());
            return load(jdbc, id);
        });
    }

    @Override
    public InsurerPolicy update(InsurerPolicy policy) {
        return transactions.inTransaction(jdbc -> {
            int changed = jdbc.update("updating policy " + policy.id(), "UPDATE insurer_policies SET insurer_id = ?, "
                    + "policy_number = ?, max_extension_days = ?, notification_days = ?, country = ?, active = ? WHERE id = ?",
                    policy.insurerId(), policy.policyNumber(), policy.maxExtensionDays(), policy.notificationDays(),
                    policy.country(), policy.active(), policy.id());
            if (changed == 0) {
                throw new IllegalArgumentException("no insurer policy with id " + policy.id());
            }
            jdbc.update("replacing the buyers of policy " + policy.id(), "DELETE FROM insurer_buyers WHERE policy_id = ?",
                    policy.id());
            insertBuyers(jdbc, policy.id(), policy.buyers());
            return load(jdbc, policy.id());
        });
    }

    @Override
    public void deactivate(long id) {
        transactions.inTransaction(jdbc -> {
            if (jdbc.update("deactivating policy " + id, "UPDATE insurer_policies SET active = FALSE WHERE id = ?", id) == 0) {
                throw new IllegalArgumentException("no insurer policy with id " + id);
            }
            return null;
        });
    }

    @Override
    public Optional<InsurerPolicy> find(long id) {
        return transactions.inTransaction(jdbc -> find(jdbc, id));
    }

    @Override
    public List<InsurerPolicy> list() {
        return transactions.inTransaction(jdbc -> jdbc.query("listing policies", "SELECT id FROM insurer_policies "
                + "ORDER BY active DESC, id", rs -> rs.getLong(1)).stream().map(id -> load(jdbc, id)).toList());
    }

    private static void insertBuyers(Jdbc jdbc, long policyId, List<BuyerLimit> buyers) {
        for (BuyerLimit buyer : buyers) {
            jdbc.update("insuring buyer " + buyer.customerId(), "INSERT INTO insurer_buyers (policy_id, customer_key, "
                    + "registration_id, credit_limit, currency) VALUES (?, ?, ?, ?, ?)", policyId, buyer.customerId(),
                    buyer.registrationId(), buyer.creditLimit().amount(), buyer.creditLimit().currencyCode());
        }
    }

    static InsurerPolicy load(Jdbc jdbc, long id) {
        return find(jdbc, id).orElseThrow(() -> new IllegalArgumentException("no insurer policy with id " + id));
    }

    private static Optional<InsurerPolicy> find(Jdbc jdbc, long id) {
        List<BuyerLimit> buyers = jdbc.query("reading the buyers of policy " + id, "SELECT customer_key, registration_id, "
                + "credit_limit, currency FROM insurer_buyers WHERE policy_id = ? ORDER BY customer_key",
                JdbcInsurerPolicyRepository::buyer, id);
        return jdbc.queryOptional("reading policy " + id, "SELECT " + COLUMNS + " FROM insurer_policies WHERE id = ?",
                rs -> new InsurerPolicy(rs.getLong("id"), rs.getString("insurer_id"), rs.getString("policy_number"),
                        rs.getInt("max_extension_days"), rs.getInt("notification_days"), Columns.fixedChar(rs, "country"),
                        rs.getBoolean("active"), buyers), id);
    }

    private static BuyerLimit buyer(ResultSet rs) throws SQLException {
        return new BuyerLimit(rs.getString("customer_key"), rs.getString("registration_id"),
                Money.rounded(rs.getBigDecimal("credit_limit"), Currency.getInstance(Columns.fixedChar(rs, "currency"))));
    }
}
