package io.arrears.store.jdbc.ledger;

import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerProjector;
import io.arrears.api.ledger.ProjectedClaim;
import io.arrears.api.money.Money;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.util.List;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Writes the read model ({@code ledger_positions} and its claims and credits, V010) from the ledger's projection of one
 * customer. Always on the caller's connection: the journal append and the position change commit together.
 */
final class LedgerPositions {

    private static final String CUSTOMER_CONSTRAINT = "uk_ledger_positions_customer";

    private final LedgerProjector projector;

    LedgerPositions(LedgerProjector projector) {
        this.projector = projector;
    }

    /**
     * Locks the customer's position row (creating it when new), so appends for one customer are applied one after the
     * other: the projection then always sees every committed event of the customer.
     */
    static void lock(Jdbc jdbc, String customerKey) {
        jdbc.insertUnlessExists(CUSTOMER_CONSTRAINT, () -> jdbc.insert("creating the position of customer '" + customerKey + "'",
                "INSERT INTO ledger_positions (customer_key, last_seq) VALUES (?, 0)", customerKey), () -> 0L);
        jdbc.queryOptional("locking the position of customer '" + customerKey + "'",
                "SELECT last_seq FROM ledger_positions WHERE customer_key = ? FOR UPDATE", rs -> rs.getLong(1), customerKey);
    }

    /** Projects the customer's events (read on this connection) and replaces its stored position. */
    void refresh(Jdbc jdbc, String customerKey, BiFunction<Jdbc, String, List<LedgerEvent>> events, long lastSeq) {
        CustomerProjection projection = projector.project(customerKey, events.apply(jdbc, customerKey));
        String operation = "updating the position of customer '" + customerKey + "'";
        jdbc.update(operation, "DELETE FROM ledger_position_claims WHERE customer_key = ?", customerKey);
        jdbc.update(operation, "DELETE FROM ledger_position_credits WHERE customer_key = ?", customerKey);
        int position = 0;
        for (ProjectedClaim claim : projection.openClaims()) {
            jdbc.update(operation, "INSERT INTO ledger_position_claims (customer_key, position, item_key, due_date, outstanding, currency) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", customerKey, position++, claim.itemId(), claim.dueDate(), claim.outstanding().amount(),
                    claim.outstanding().currencyCode());
        }
        for (Money credit : projection.credits()) {
            if (credit.isPositive()) {
                jdbc.update(operation, "INSERT INTO ledger_position_credits (customer_key, currency, credit) VALUES (?, ?, ?)",
                        customerKey, credit.currencyCode(), credit.amount());
            }
        }
        jdbc.update(operation, "UPDATE ledger_positions SET last_seq = ? WHERE customer_key = ?", lastSeq, customerKey);
    }

    /**
     * Projects again every customer whose position is missing or behind its latest journal event (a new database, events
     * journaled without a projector, a crash between versions); returns how many. Each customer in its own transaction.
     */
    int rebuildStale(DataSource dataSource, BiFunction<Jdbc, String, List<LedgerEvent>> events) {
        JdbcTransactions transactions = new JdbcTransactions(dataSource);
        record Stale(String customerKey, long lastSeq) {
        }
        List<Stale> stale = transactions.inTransaction(jdbc -> jdbc.query("finding stale ledger positions",
                "SELECT e.customer_key, max(e.seq) AS last_seq FROM ledger_events e LEFT JOIN ledger_positions p "
                        + "ON p.customer_key = e.customer_key GROUP BY e.customer_key, p.last_seq "
                        + "HAVING p.last_seq IS NULL OR p.last_seq <> max(e.seq)",
                rs -> new Stale(rs.getString("customer_key"), rs.getLong("last_seq"))));
        for (Stale s : stale) {
            transactions.inTransaction(jdbc -> {
                lock(jdbc, s.customerKey());
                long last = jdbc.queryOptional("reading the latest event of customer '" + s.customerKey() + "'",
                        "SELECT max(seq) FROM ledger_events WHERE customer_key = ?", rs -> rs.getLong(1), s.customerKey()).orElse(0L);
                refresh(jdbc, s.customerKey(), events, last);
                return null;
            });
        }
        return stale.size();
    }
}
