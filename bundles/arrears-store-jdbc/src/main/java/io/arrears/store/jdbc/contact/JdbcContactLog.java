package io.arrears.store.jdbc.contact;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.api.contact.Violation;
import io.arrears.api.contact.ViolationKind;
import io.arrears.api.store.StoreException;
import io.arrears.store.jdbc.DatabaseKind;
import io.arrears.store.jdbc.IdChunks;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The contact log in {@code contact_log} (migration V004). An append locks the single row of
 * {@code contact_log_head} (SELECT ... FOR UPDATE), so concurrent appends queue up and each links
 * to the one before; the new entry and the advanced head commit together.
 */
public final class JdbcContactLog implements ContactLog {

    static final int MAX_PAGE = 1000;
    /** Rows per query while verifying; bounds memory whatever the log's size. */
    static final int VERIFY_PAGE = 500;
    /** H2 gives up waiting for a row lock after 1 s by default; appends queue longer under load. */
    static final int H2_LOCK_TIMEOUT_MILLIS = 10_000;

    private static final String LOCK_HEAD = "SELECT head_seq, head_hash FROM contact_log_head WHERE id = 1 FOR UPDATE";
    private static final String READ_HEAD = "SELECT head_seq, head_hash FROM contact_log_head WHERE id = 1";
    private static final String ADVANCE_HEAD = "UPDATE contact_log_head SET head_seq = ?, head_hash = ? WHERE id = 1 AND head_seq = ?";
    private static final String INSERT = "INSERT INTO contact_log (" + ContactLogRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PAGE = "SELECT " + ContactLogRow.COLUMNS + " FROM contact_log WHERE seq > ? ORDER BY seq LIMIT ?";
    private static final String CUSTOMER_PAGE = "SELECT " + ContactLogRow.COLUMNS
            + " FROM contact_log WHERE customer_id = ? AND seq > ? ORDER BY seq LIMIT ?";
    /** The newest entry per customer: the (customer_id, seq) index answers the inner MAX per customer. */
    private static final String LATEST_OF = "SELECT " + ContactLogRow.COLUMNS + " FROM contact_log WHERE seq IN "
            + "(SELECT MAX(seq) FROM contact_log WHERE customer_id IN (%s) GROUP BY customer_id)";
    private static final String BY_SEQ = "SELECT " + ContactLogRow.COLUMNS + " FROM contact_log WHERE seq = ?";

    private final DataSource dataSource;
    private final JdbcTransactions transactions;
    private final DatabaseKind kind;
    private final Clock clock;
    private final Optional<CheckpointSigner> signer;

    /**
     * @param signer signs and checks checkpoints; without it, appends and {@link #verify()} work and
     *               the checkpoint methods refuse with a message naming the missing setting
     */
    public JdbcContactLog(DataSource dataSource, Clock clock, Optional<CheckpointSigner> signer) {
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource);
        this.kind = DatabaseKind.of(dataSource);
        this.clock = clock;
        this.signer = signer;
    }

    @Override
    public ContactEntry append(NewContactEntry entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        return transactions.inTransaction(jdbc -> append(jdbc, entry));
    }

    /** Appends inside the caller's transaction; the head stays locked until the caller commits. */
    public ContactEntry append(Jdbc jdbc, NewContactEntry entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        String operation = "appending a " + entry.channel() + " contact of customer '" + entry.customerId() + "' to the contact log";
        if (kind == DatabaseKind.H2) {
            jdbc.update(operation, "SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MILLIS);
        }
        ContactLogHead head = jdbc.queryOptional(operation, LOCK_HEAD, ContactLogHead::read)
                .orElseThrow(() -> new StoreException(operation + " failed: contact_log_head has no row; was migration V004 applied?"));
        ContactLogRow row = ContactLogRow.append(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS), entry, head.hash());
        jdbc.update(operation, INSERT, row.values());
        int advanced = jdbc.update(operation, ADVANCE_HEAD, row.seq(), row.entryHash(), head.seq());
        if (advanced != 1) {
            throw new StoreException(operation + " failed: the head moved from entry " + head.seq() + " while it was locked");
        }
        return row.toEntry();
    }

    @Override
    public List<ContactEntry> entries(String customerId, long afterSequence, int limit) {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank, was " + (customerId == null ? "null" : "'" + customerId + "'"));
        }
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative, was " + afterSequence);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        String operation = "reading contact log entries of customer '" + customerId + "' after " + afterSequence;
        return transactions.inTransaction(jdbc -> jdbc.query(operation, CUSTOMER_PAGE, ContactLogRow::read, customerId, afterSequence, limit))
                .stream().map(JdbcContactLog::entry).toList();
    }

    /** In chunks of {@value IdChunks#CHUNK} customers a query, all in one transaction. */
    @Override
    public Map<String, ContactEntry> latestEntries(Collection<String> customerIds) {
        Map<String, ContactEntry> latest = new HashMap<>();
        transactions.inTransaction(jdbc -> {
            IdChunks.forEach(customerIds, chunk -> jdbc.query("reading the latest contact log entries of " + chunk.size()
                            + " customers", LATEST_OF.formatted(IdChunks.placeholders(chunk.size())), ContactLogRow::read,
                    chunk.toArray()).forEach(row -> latest.put(row.customerId(), entry(row))));
            return null;
        });
        return latest;
    }

    @Override
    public VerificationReport verify() {
        return Snapshot.read(dataSource, "verifying the contact log", JdbcContactLog::verify);
    }

    @Override
    public Checkpoint checkpoint() {
        CheckpointSigner checkpointSigner = requireSigner();
        ContactLogHead head = transactions.inTransaction(JdbcContactLog::head);
        return checkpointSigner.sign(head.seq(), head.hash(), clock.instant());
    }

    @Override
    public Checkpoint exportCheckpoint(Path file) {
        Checkpoint checkpoint = checkpoint();
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.writeString(temporary, checkpoint.toText(), StandardCharsets.UTF_8);
            // a reader never sees half a checkpoint
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("writing the contact log checkpoint to " + target + " failed: " + e, e);
        }
        return checkpoint;
    }

    @Override
    public VerificationReport verify(Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint must not be null");
        CheckpointSigner checkpointSigner = requireSigner();
        return Snapshot.read(dataSource, "verifying the contact log against checkpoint " + checkpoint.headSequence(), jdbc -> {
            long headSeq = head(jdbc).seq();
            if (!checkpointSigner.verifies(checkpoint)) {
                return VerificationReport.broken(0, headSeq, new Violation(checkpoint.headSequence(), ViolationKind.CHECKPOINT_SIGNATURE_INVALID,
                        "the checkpoint of entry " + checkpoint.headSequence() + " taken " + checkpoint.createdAt()
                                + " is not signed with the configured key: it was altered, forged, or the key changed"));
            }
            Optional<Violation> notContained = contains(jdbc, checkpoint);
            if (notContained.isPresent()) {
                return VerificationReport.broken(0, headSeq, notContained.get());
            }
            return verify(jdbc);
        });
    }

    private static Optional<Violation> contains(Jdbc jdbc, Checkpoint checkpoint) {
        if (checkpoint.headSequence() == 0) {
            return Optional.empty(); // the empty log's head is in every log
        }
        Optional<ContactLogRow> row = jdbc.queryOptional("reading contact log entry " + checkpoint.headSequence(), BY_SEQ,
                ContactLogRow::read, checkpoint.headSequence());
        if (row.isEmpty()) {
            return Optional.of(new Violation(checkpoint.headSequence(), ViolationKind.CHECKPOINT_MISSING, "the checkpoint taken "
                    + checkpoint.createdAt() + " names entry " + checkpoint.headSequence() + " which the log no longer has: it was truncated"));
        }
        if (!row.get().entryHash().equals(checkpoint.headHash())) {
            return Optional.of(new Violation(checkpoint.headSequence(), ViolationKind.CHECKPOINT_MISMATCH, "the checkpoint taken "
                    + checkpoint.createdAt() + " has hash " + checkpoint.headHash() + " for entry " + checkpoint.headSequence()
                    + " but the log now has " + row.get().entryHash() + ": the log was rewritten"));
        }
        return Optional.empty();
    }

    private static VerificationReport verify(Jdbc jdbc) {
        ContactLogHead head = head(jdbc);
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<ContactLogRow> page = jdbc.query("reading contact log entries after " + after, PAGE, ContactLogRow::read, after, VERIFY_PAGE);
            for (ContactLogRow row : page) {
                Optional<Violation> violation = verifier.accept(row);
                if (violation.isPresent()) {
                    return VerificationReport.broken(verifier.checked(), head.seq(), violation.get());
                }
                after = row.seq();
            }
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        return verifier.finish(head.seq(), head.hash())
                .map(v -> VerificationReport.broken(verifier.checked(), head.seq(), v))
                .orElseGet(() -> VerificationReport.intact(verifier.checked(), head.seq()));
    }

    private static ContactLogHead head(Jdbc jdbc) {
        return jdbc.queryOptional("reading the contact log head", READ_HEAD, ContactLogHead::read)
                .orElseThrow(() -> new StoreException("contact_log_head has no row; was migration V004 applied?"));
    }

    private static ContactEntry entry(ContactLogRow row) {
        try {
            return row.toEntry();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("contact log entry " + row.seq() + " cannot be read (" + e.getMessage()
                    + "): the row was changed outside Arrears; run the contact log verification", e);
        }
    }

    private CheckpointSigner requireSigner() {
        return signer.orElseThrow(() -> new IllegalStateException("no contact log checkpoint key is configured: set "
                + ContactLogConfig.KEY_SETTING + " in etc/" + ContactLogConfig.PID + ".cfg"));
    }
}
