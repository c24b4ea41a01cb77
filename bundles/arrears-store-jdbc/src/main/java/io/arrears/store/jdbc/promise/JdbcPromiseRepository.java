package io.arrears.store.jdbc.promise;

import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.RecordedConsequence;
import io.arrears.api.promise.RecordedStateChange;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.IdChunks;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Promises on the V011 tables. A state change is an UPDATE guarded by the state it starts from plus an insert under
 * the unique key (promise, from, to): whoever applies it second changes nothing and records no second consequence.
 */
public final class JdbcPromiseRepository implements PromiseRepository {

    static final String PRIMARY_KEY = "pk_promises";
    private static final String COLUMNS = "id, customer_key, item_ids, amount, currency, promised_date, channel, taken_by, "
            + "taken_at, state";
    private static final String CHANGE_COLUMNS = "promise_id, customer_key, from_state, to_state, paid_amount, paid_currency, "
            + "as_of, reason, recorded_at";

    private final JdbcTransactions transactions;
    private final Outbox outbox;

    public JdbcPromiseRepository(DataSource dataSource, Outbox outbox) {
        this.transactions = new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public TrackedPromise save(PromiseToPay promise) {
        Objects.requireNonNull(promise, "promise");
        return transactions.inTransaction(jdbc -> insert(jdbc, promise));
    }

    /** Stores the promise as PENDING inside the caller's transaction. */
    public static TrackedPromise insert(Jdbc jdbc, PromiseToPay promise) {
        try {
            jdbc.update("storing promise '" + promise.id() + "'", "INSERT INTO promises (" + COLUMNS + ", state_changed_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    promise.id(), promise.customerId(), ItemIds.join(promise.itemIds()), promise.amount().amount(),
                    promise.amount().currencyCode(), promise.promisedDate(), promise.channel().name(), promise.takenBy(),
                    Columns.utc(promise.takenAt()), PromiseState.PENDING.name(), Columns.utc(promise.takenAt()));
        } catch (DuplicateKeyException e) {
            throw new DuplicateKeyException("promise '" + promise.id() + "' is already recorded", e.constraint(), e);
        }
        return TrackedPromise.pending(promise);
    }

    @Override
    public Optional<TrackedPromise> find(String promiseId) {
        return transactions.inTransaction(jdbc -> find(jdbc, promiseId));
    }

    @Override
    public List<TrackedPromise> forCustomer(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading the promises of customer '" + erpCustomerId + "'",
                "SELECT " + COLUMNS + " FROM promises WHERE customer_key = ? ORDER BY taken_at DESC, id DESC",
                JdbcPromiseRepository::promise, erpCustomerId));
    }

    /** In chunks of {@value IdChunks#CHUNK} customers a query, all in one transaction. */
    @Override
    public Map<String, List<TrackedPromise>> forCustomers(Collection<String> erpCustomerIds) {
        Map<String, List<TrackedPromise>> found = new HashMap<>();
        transactions.inTransaction(jdbc -> {
            IdChunks.forEach(erpCustomerIds, chunk -> jdbc.query("reading the promises of " + chunk.size() + " customers",
                            "SELECT " + COLUMNS + " FROM promises WHERE customer_key IN (" + IdChunks.placeholders(chunk.size())
                                    + ") ORDER BY customer_key, taken_at DESC, id DESC", JdbcPromiseRepository::promise, chunk.toArray())
                    .forEach(p -> found.computeIfAbsent(p.promise().customerId(), id -> new ArrayList<>()).add(p)));
            return null;
        });
        return found;
    }

    @Override
    public List<TrackedPromise> pending() {
        return transactions.inTransaction(jdbc -> jdbc.query("reading the pending promises",
                "SELECT " + COLUMNS + " FROM promises WHERE state = 'PENDING' ORDER BY promised_date, id",
                JdbcPromiseRepository::promise));
    }

    @Override
    public boolean changeState(PromiseStateChange change, Instant recordedAt) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(recordedAt, "recordedAt");
        return transactions.inTransaction(jdbc -> {
            String operation = "changing promise '" + change.promiseId() + "' from " + change.from() + " to " + change.to();
            TrackedPromise current = find(jdbc, change.promiseId())
                    .orElseThrow(() -> new IllegalArgumentException("no promise with id '" + change.promiseId() + "'"));
            if (!current.promise().customerId().equals(change.customerId())) {
                throw new IllegalArgumentException(operation + ": the promise belongs to customer '"
                        + current.promise().customerId() + "', not '" + change.customerId() + "'");
            }
            int moved = jdbc.update(operation, "UPDATE promises SET state = ?, state_changed_at = ? WHERE id = ? AND state = ?",
                    change.to().name(), Columns.utc(recordedAt), change.promiseId(), change.from().name());
            if (moved == 0) {
                return false;
            }
            jdbc.update(operation, "INSERT INTO promise_state_changes (" + CHANGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    change.promiseId(), change.customerId(), change.from().name(), change.to().name(), change.paid().amount(),
                    change.paid().currencyCode(), change.asOf(), change.reason(), Columns.utc(recordedAt));
            change.consequence().ifPresent(c -> ConsequenceRows.record(jdbc, outbox, c, current.promise().takenBy(), recordedAt));
            return true;
        });
    }

    @Override
    public List<RecordedStateChange> stateChanges(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> {
            List<RecordedStateChange> changes = jdbc.query("reading the promise state changes of customer '" + erpCustomerId + "'",
                    "SELECT " + CHANGE_COLUMNS + " FROM promise_state_changes WHERE customer_key = ? ORDER BY id",
                    JdbcPromiseRepository::change, erpCustomerId);
            List<RecordedConsequence> consequences = ConsequenceRows.forCustomer(jdbc, erpCustomerId);
            return changes.stream().map(c -> withConsequence(c, consequences)).toList();
        });
    }

    @Override
    public List<RecordedConsequence> consequences(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> ConsequenceRows.forCustomer(jdbc, erpCustomerId));
    }

    @Override
    public List<RecordedConsequence> consequences(ConsequenceKind kind, int limit) {
        Objects.requireNonNull(kind, "kind");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return transactions.inTransaction(jdbc -> ConsequenceRows.ofKind(jdbc, kind, limit));
    }

    private static Optional<TrackedPromise> find(Jdbc jdbc, String promiseId) {
        return jdbc.queryOptional("reading promise '" + promiseId + "'", "SELECT " + COLUMNS + " FROM promises WHERE id = ?",
                JdbcPromiseRepository::promise, promiseId);
    }

    /** A failing change shows the consequence it caused; the row itself does not repeat it. */
    private static RecordedStateChange withConsequence(RecordedStateChange stored, List<RecordedConsequence> consequences) {
        PromiseStateChange c = stored.change();
        if (!c.to().isFailed()) {
            return stored;
        }
        return consequences.stream().filter(r -> r.consequence().subjectId().equals(c.promiseId())).findFirst()
                .map(r -> new RecordedStateChange(new PromiseStateChange(c.promiseId(), c.customerId(), c.from(), c.to(), c.paid(),
                        c.asOf(), Optional.of(r.consequence()), c.reason()), stored.recordedAt()))
                .orElse(stored);
    }

    private static TrackedPromise promise(ResultSet rs) throws SQLException {
        PromiseToPay promise = new PromiseToPay(rs.getString("id"), rs.getString("customer_key"),
                ItemIds.split(rs.getString("item_ids")),
                Money.of(rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency")), Columns.date(rs, "promised_date"),
                Channel.valueOf(rs.getString("channel")), rs.getString("taken_by"), Columns.instant(rs, "taken_at"));
        return new TrackedPromise(promise, PromiseState.valueOf(rs.getString("state")));
    }

    private static RecordedStateChange change(ResultSet rs) throws SQLException {
        PromiseStateChange change = new PromiseStateChange(rs.getString("promise_id"), rs.getString("customer_key"),
                PromiseState.valueOf(rs.getString("from_state")), PromiseState.valueOf(rs.getString("to_state")),
                Money.of(rs.getBigDecimal("paid_amount"), Columns.fixedChar(rs, "paid_currency")), Columns.date(rs, "as_of"),
                Optional.empty(), rs.getString("reason"));
        return new RecordedStateChange(change, Columns.instant(rs, "recorded_at"));
    }
}
