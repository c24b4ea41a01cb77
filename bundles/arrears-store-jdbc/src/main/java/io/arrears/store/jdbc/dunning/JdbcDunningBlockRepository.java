package io.arrears.store.jdbc.dunning;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Dunning blocks on the V008 table {@code dunning_holds}. The unique key over the active marker, not a read before
 * the write, refuses a second active block of the same reason on the same customer or item.
 */
public final class JdbcDunningBlockRepository implements DunningBlockRepository {

    static final String ACTIVE_KEY = "uk_dunning_holds_active";
    /** item_key of a block on the whole customer. */
    private static final String WHOLE_CUSTOMER = "";
    private static final String COLUMNS = "id, customer_key, item_key, reason, note, created_by, created_at, cleared_by, cleared_at";

    /** Customers per IN list when many customers' blocks are read at once. */
    private static final int CHUNK = 500;

    private final JdbcTransactions transactions;

    public JdbcDunningBlockRepository(DataSource dataSource) {
        this.transactions = new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public DunningBlock place(NewDunningBlock block) {
        Objects.requireNonNull(block, "block");
        return transactions.inTransaction(jdbc -> place(jdbc, block));
    }

    /** Places the block on the caller's transaction (e.g. with an agency placement's approval). */
    public static DunningBlock place(Jdbc jdbc, NewDunningBlock block) {
        long id;
        try {
            id = insert(jdbc, block);
        } catch (DuplicateKeyException e) {
            if (!e.constraint().equals(ACTIVE_KEY)) {
                throw e;
            }
            throw new DuplicateKeyException(target(block.customerId(), block.itemId()) + " already has an active "
                    + block.reason() + " block: clear it before placing another", ACTIVE_KEY, e);
        }
        return find(jdbc, id).orElseThrow();
    }

    /**
     * Places the block in the caller's transaction, unless its target already has an active block of the same reason:
     * then that block is returned and nothing is written (the transaction stays usable on PostgreSQL too).
     */
    public static DunningBlock placeUnlessActive(Jdbc jdbc, NewDunningBlock block) {
        Objects.requireNonNull(block, "block");
        long id = jdbc.insertUnlessExists(ACTIVE_KEY, () -> insert(jdbc, block),
                () -> jdbc.queryOptional("reading the active block of " + target(block.customerId(), block.itemId()),
                        "SELECT id FROM dunning_holds WHERE customer_key = ? AND item_key = ? AND reason = ? AND cleared_at IS NULL",
                        rs -> rs.getLong(1), block.customerId(), block.itemId().orElse(WHOLE_CUSTOMER), block.reason().name())
                        .orElseThrow()).row();
        return find(jdbc, id).orElseThrow();
    }

    private static long insert(Jdbc jdbc, NewDunningBlock block) {
        return jdbc.insert("placing a dunning block",
                "INSERT INTO dunning_holds (customer_key, item_key, reason, note, created_by, created_at, active_marker) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'Y')",
                block.customerId(), block.itemId().orElse(WHOLE_CUSTOMER), block.reason().name(), block.note(),
                block.createdBy(), Columns.utc(block.createdAt()));
    }

    @Override
    public void clear(long id, String by, Instant at) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("clearing block " + id + ": the user who clears it is required");
        }
        Objects.requireNonNull(at, "at");
        transactions.inTransaction(jdbc -> {
            clear(jdbc, id, by, at);
            return null;
        });
    }

    /** Clears an active block on the caller's transaction. */
    public static void clear(Jdbc jdbc, long id, String by, Instant at) {
        int cleared = jdbc.update("clearing a dunning block", "UPDATE dunning_holds SET cleared_by = ?, cleared_at = ?, "
                + "active_marker = NULL WHERE id = ? AND cleared_at IS NULL", by, Columns.utc(at), id);
        if (cleared == 0) {
            DunningBlock block = find(jdbc, id).orElseThrow(() -> new IllegalArgumentException("no dunning block with id " + id));
            throw new IllegalStateException("dunning block " + id + " was already cleared by " + block.clearedBy().orElseThrow()
                    + " at " + block.clearedAt().orElseThrow());
        }
    }

    @Override
    public List<DunningBlock> active(String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading a customer's active dunning blocks",
                "SELECT " + COLUMNS + " FROM dunning_holds WHERE customer_key = ? AND cleared_at IS NULL ORDER BY id",
                JdbcDunningBlockRepository::block, customerId));
    }

    /** In chunks of {@value #CHUNK} customers a query (an IN list per chunk), all in one transaction. */
    @Override
    public Map<String, List<DunningBlock>> activeOf(Collection<String> customerIds) {
        List<String> ids = List.copyOf(customerIds);
        Map<String, List<DunningBlock>> active = new LinkedHashMap<>();
        ids.forEach(id -> active.put(id, new ArrayList<>()));
        transactions.inTransaction(jdbc -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                jdbc.query("reading the active dunning blocks of " + chunk.size() + " customers",
                        "SELECT " + COLUMNS + " FROM dunning_holds WHERE customer_key IN ("
                                + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND cleared_at IS NULL ORDER BY id",
                        JdbcDunningBlockRepository::block, chunk.toArray())
                        .forEach(b -> active.computeIfAbsent(b.customerId(), k -> new ArrayList<>()).add(b));
            }
            return null;
        });
        active.replaceAll((id, blocks) -> List.copyOf(blocks));
        return active;
    }

    @Override
    public List<DunningBlock> history(String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading a customer's dunning blocks",
                "SELECT " + COLUMNS + " FROM dunning_holds WHERE customer_key = ? ORDER BY id",
                JdbcDunningBlockRepository::block, customerId));
    }

    private static Optional<DunningBlock> find(Jdbc jdbc, long id) {
        return jdbc.queryOptional("reading a dunning block", "SELECT " + COLUMNS + " FROM dunning_holds WHERE id = ?",
                JdbcDunningBlockRepository::block, id);
    }

    private static DunningBlock block(ResultSet rs) throws SQLException {
        String item = rs.getString("item_key");
        return new DunningBlock(rs.getLong("id"), rs.getString("customer_key"),
                item.isEmpty() ? Optional.empty() : Optional.of(item), BlockReason.valueOf(rs.getString("reason")),
                rs.getString("note"), rs.getString("created_by"), Columns.instant(rs, "created_at"),
                Optional.ofNullable(rs.getString("cleared_by")), Optional.ofNullable(Columns.instant(rs, "cleared_at")));
    }

    private static String target(String customerId, Optional<String> itemId) {
        return itemId.map(item -> "item '" + item + "' of customer '" + customerId + "'")
                .orElse("customer '" + customerId + "'");
    }
}
