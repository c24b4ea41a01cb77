package io.arrears.store.jdbc.ledger;

import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerProjector;
import io.arrears.api.store.StoreException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ledger's event journal in {@code ledger_events}: append-only, read back in append order.
 * Appending a payment whose external key is already journaled with the same content is a no-op
 * (two nodes importing one bank file); with different content it is refused.
 */
public final class JdbcLedgerEventRepository implements LedgerEventRepository {

    static final String EXTERNAL_KEY_CONSTRAINT = "uk_ledger_events_external_key";
    public static final String CHARGE_KEY_CONSTRAINT = "uk_ledger_events_charge_key";

    private static final String COLUMNS = "e.seq, e.event_type, e.customer_key, e.item_key, e.item_kind, e.document_number, "
            + "e.issue_date, e.due_date, e.parent_document_number, e.payment_reference, e.external_key, e.reversal_of, "
            + "e.value_date, e.amount, e.currency, e.event_date, e.reason, e.waived_by";
    private static final String INSERT = """
            INSERT INTO ledger_events (event_type, customer_key, item_key, item_kind, document_number, issue_date, due_date,
                parent_document_number, payment_reference, external_key, reversal_of, value_date, amount, currency,
                event_date, reason, waived_by, recorded_at, charge_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_REFERENCE = "INSERT INTO ledger_event_references (event_seq, position, reference) VALUES (?, ?, ?)";
    private static final String ALL = "SELECT " + COLUMNS + " FROM ledger_events e ORDER BY e.seq";
    private static final String OF_CUSTOMER = "SELECT " + COLUMNS + " FROM ledger_events e WHERE e.customer_key = ? ORDER BY e.seq";
    private static final String BY_EXTERNAL_KEY = "SELECT " + COLUMNS + " FROM ledger_events e WHERE e.external_key = ?";
    private static final String REFERENCES_ALL = """
            SELECT event_seq, reference FROM ledger_event_references ORDER BY event_seq, position""";
    private static final String REFERENCES_OF_CUSTOMER = """
            SELECT r.event_seq, r.reference FROM ledger_event_references r JOIN ledger_events e ON e.seq = r.event_seq
            WHERE e.customer_key = ? ORDER BY r.event_seq, r.position""";
    private static final String REFERENCES_OF_EVENT = """
            SELECT event_seq, reference FROM ledger_event_references WHERE event_seq = ? ORDER BY position""";

    private final DataSource dataSource;
    private final JdbcTransactions transactions;
    private final Clock clock;
    private final Optional<LedgerPositions> positions;

    /** A journal without the read model (tests of the journal alone). */
    public JdbcLedgerEventRepository(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Optional.empty());
    }

    /** A journal that keeps the read model (V010) in the transaction of every append. */
    public JdbcLedgerEventRepository(DataSource dataSource, Clock clock, Optional<LedgerProjector> projector) {
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
        this.positions = projector.map(LedgerPositions::new);
    }

    /** Projects every customer whose read-model position is missing or behind the journal; returns how many. */
    public int rebuildStalePositions() {
        return positions.orElseThrow(() -> new IllegalStateException("this journal has no projector: it keeps no read model"))
                .rebuildStale(dataSource, JdbcLedgerEventRepository::customerEvents);
    }

    @Override
    public void append(LedgerEvent event) {
        LedgerEventRow row = LedgerEventRow.of(event);
        transactions.inTransaction(jdbc -> {
            positions.ifPresent(p -> LedgerPositions.lock(jdbc, row.customerKey()));
            LedgerEventRow appended = appendRow(jdbc, row, event);
            positions.ifPresent(p -> p.refresh(jdbc, row.customerKey(), JdbcLedgerEventRepository::customerEvents, latestSeq(jdbc, row.customerKey())));
            return appended;
        });
    }

    private LedgerEventRow appendRow(Jdbc jdbc, LedgerEventRow row, LedgerEvent event) {
        if (row.externalKey() == null) {
            return insert(jdbc, row);
        }
        InsertOutcome<LedgerEventRow> outcome = jdbc.insertUnlessExists(EXTERNAL_KEY_CONSTRAINT,
                () -> insert(jdbc, row), () -> byExternalKey(jdbc, row.externalKey()));
        if (!outcome.created() && !outcome.row().toEvent().equals(event)) {
            throw new StoreException("payment '" + row.externalKey() + "' is already in the ledger journal with other content: "
                    + outcome.row().toEvent() + "; refusing " + event);
        }
        return outcome.row();
    }

    private static long latestSeq(Jdbc jdbc, String customerKey) {
        return jdbc.queryOptional("reading the latest event of customer '" + customerKey + "'",
                "SELECT max(seq) FROM ledger_events WHERE customer_key = ?", rs -> rs.getLong(1), customerKey).orElse(0L);
    }

    @Override
    public List<LedgerEvent> findByCustomer(String customerId) {
        return transactions.inTransaction(jdbc -> customerEvents(jdbc, customerId));
    }

    private static List<LedgerEvent> customerEvents(Jdbc jdbc, String customerId) {
        return events(
                jdbc.query("reading ledger events of customer '" + customerId + "'", OF_CUSTOMER, JdbcLedgerEventRepository::row, customerId),
                jdbc.query("reading payment references of customer '" + customerId + "'", REFERENCES_OF_CUSTOMER,
                        JdbcLedgerEventRepository::reference, customerId));
    }

    @Override
    public List<LedgerEvent> findAll() {
        return transactions.inTransaction(jdbc -> events(
                jdbc.query("reading all ledger events", ALL, JdbcLedgerEventRepository::row),
                jdbc.query("reading all payment references", REFERENCES_ALL, JdbcLedgerEventRepository::reference)));
    }

    private LedgerEventRow insert(Jdbc jdbc, LedgerEventRow r) {
        return insert(jdbc, r, clock.instant());
    }

    /**
     * Journals a fee or interest item on the caller's connection, inside the caller's transaction (a dunning notice
     * executed together with the claims it charges). A claim journaled before is a {@link io.arrears.api.store.DuplicateKeyException}
     * (constraint {@value #CHARGE_KEY_CONSTRAINT}).
     */
    public void appendCharge(Jdbc jdbc, LedgerEvent.ItemRecorded charge, Instant recordedAt) {
        if (!charge.item().kind().isWaivable()) {
            throw new IllegalArgumentException("only fee and interest items are journaled with a notice, not " + charge.item().kind());
        }
        String customer = charge.customerId();
        positions.ifPresent(p -> LedgerPositions.lock(jdbc, customer));
        insert(jdbc, LedgerEventRow.of(charge), recordedAt);
        positions.ifPresent(p -> p.refresh(jdbc, customer, JdbcLedgerEventRepository::customerEvents, latestSeq(jdbc, customer)));
    }

    private static LedgerEventRow insert(Jdbc jdbc, LedgerEventRow r, Instant recordedAt) {
        String operation = "journaling " + r.eventType() + " of customer '" + r.customerKey() + "'";
        // fee and interest items carry their key once more under a unique constraint: never charged twice
        boolean charge = LedgerEventRow.ITEM_RECORDED.equals(r.eventType())
                && (ItemKind.FEE.name().equals(r.itemKind()) || ItemKind.INTEREST.name().equals(r.itemKind()));
        long seq = jdbc.insert(operation, INSERT, r.eventType(), r.customerKey(), r.itemKey(), r.itemKind(), r.documentNumber(),
                r.issueDate(), r.dueDate(), r.parentDocumentNumber(), r.paymentReference(), r.externalKey(), r.reversalOf(),
                r.valueDate(), r.amount(), r.currency(), r.eventDate(), r.reason(), r.waivedBy(), Columns.utc(recordedAt),
                charge ? r.itemKey() : null);
        for (int position = 0; position < r.references().size(); position++) {
            jdbc.update(operation, INSERT_REFERENCE, seq, position, r.references().get(position));
        }
        return r.withSeq(seq);
    }

    private static LedgerEventRow byExternalKey(Jdbc jdbc, String externalKey) {
        Optional<LedgerEventRow> row = jdbc.queryOptional("reading payment '" + externalKey + "' from the ledger journal",
                BY_EXTERNAL_KEY, JdbcLedgerEventRepository::row, externalKey);
        LedgerEventRow found = row.orElseThrow(() -> new StoreException(
                "payment '" + externalKey + "' was reported as journaled but cannot be read back"));
        return withReferences(found, jdbc);
    }

    private static LedgerEventRow withReferences(LedgerEventRow row, Jdbc jdbc) {
        List<String> references = jdbc.query("reading references of ledger event " + row.seq(), REFERENCES_OF_EVENT,
                rs -> rs.getString("reference"), row.seq());
        return withReferences(row, references);
    }

    private static LedgerEventRow withReferences(LedgerEventRow r, List<String> references) {
        return new LedgerEventRow(r.seq(), r.eventType(), r.customerKey(), r.itemKey(), r.itemKind(), r.documentNumber(),
                r.issueDate(), r.dueDate(), r.parentDocumentNumber(), r.paymentReference(), r.externalKey(), r.reversalOf(),
                r.valueDate(), r.amount(), r.currency(), r.eventDate(), r.reason(), r.waivedBy(), references);
    }

    private static List<LedgerEvent> events(List<LedgerEventRow> rows, List<Map.Entry<Long, String>> references) {
        Map<Long, List<String>> bySeq = new LinkedHashMap<>();
        references.forEach(e -> bySeq.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> withReferences(r, bySeq.getOrDefault(r.seq(), List.of())).toEvent()).toList();
    }

    private static Map.Entry<Long, String> reference(ResultSet rs) throws SQLException {
        return Map.entry(rs.getLong("event_seq"), rs.getString("reference"));
    }

    private static LedgerEventRow row(ResultSet rs) throws SQLException {
        return new LedgerEventRow(rs.getLong("seq"), rs.getString("event_type"), rs.getString("customer_key"),
                rs.getString("item_key"), rs.getString("item_kind"), rs.getString("document_number"),
                Columns.date(rs, "issue_date"), Columns.date(rs, "due_date"), rs.getString("parent_document_number"),
                rs.getString("payment_reference"), rs.getString("external_key"), rs.getString("reversal_of"),
                Columns.date(rs, "value_date"), rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency"),
                Columns.date(rs, "event_date"), rs.getString("reason"), rs.getString("waived_by"), List.of());
    }
}
