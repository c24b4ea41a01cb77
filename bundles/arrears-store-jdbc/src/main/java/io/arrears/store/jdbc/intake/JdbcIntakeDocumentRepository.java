package io.arrears.store.jdbc.intake;

import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.intake.IntakeDocumentRepository;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/** {@code intake_documents}: one row per source document, replaced as the document changes. */
public final class JdbcIntakeDocumentRepository implements IntakeDocumentRepository {

    private static final String COLUMNS = "source, source_document_id, document_number, customer_key, item_key, revision, "
            + "content_hash, cancelled";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM intake_documents WHERE source = ? AND source_document_id = ?";
    // the latest revision first: a number re-used by a later document wins
    private static final String BY_NUMBER = "SELECT " + COLUMNS + " FROM intake_documents WHERE customer_key = ? AND document_number = ? "
            + "ORDER BY updated_at DESC, source, source_document_id";
    private static final String UPDATE = """
            UPDATE intake_documents SET document_number = ?, customer_key = ?, item_key = ?, revision = ?, content_hash = ?,
                cancelled = ?, updated_at = ?
            WHERE source = ? AND source_document_id = ?""";
    private static final String INSERT = """
            INSERT INTO intake_documents (source, source_document_id, document_number, customer_key, item_key, revision,
                content_hash, cancelled, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcIntakeDocumentRepository(DataSource dataSource, Clock clock) {
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<IntakeDocument> find(String source, String sourceDocumentId) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading intake document '" + sourceDocumentId + "' of " + source,
                BY_ID, JdbcIntakeDocumentRepository::row, source, sourceDocumentId));
    }

    @Override
    public Optional<IntakeDocument> findByNumber(String customerId, String documentNumber) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading intake document " + documentNumber + " of customer " + customerId,
                BY_NUMBER, JdbcIntakeDocumentRepository::row, customerId, documentNumber).stream().findFirst());
    }

    @Override
    public void save(IntakeDocument d) {
        String operation = "saving intake document '" + d.sourceDocumentId() + "' of " + d.source();
        transactions.inTransaction(jdbc -> {
            int updated = jdbc.update(operation, UPDATE, d.documentNumber(), d.customerId(), d.itemId(), d.revision(),
                    d.contentHash(), d.cancelled(), Columns.utc(clock.instant()), d.source(), d.sourceDocumentId());
            if (updated == 0) {
                jdbc.update(operation, INSERT, d.source(), d.sourceDocumentId(), d.documentNumber(), d.customerId(), d.itemId(),
                        d.revision(), d.contentHash(), d.cancelled(), Columns.utc(clock.instant()));
            }
            return updated;
        });
    }

    private static IntakeDocument row(ResultSet rs) throws SQLException {
        return new IntakeDocument(rs.getString("source"), rs.getString("source_document_id"), rs.getString("document_number"),
                rs.getString("customer_key"), rs.getString("item_key"), rs.getInt("revision"), rs.getString("content_hash"),
                rs.getBoolean("cancelled"));
    }
}
