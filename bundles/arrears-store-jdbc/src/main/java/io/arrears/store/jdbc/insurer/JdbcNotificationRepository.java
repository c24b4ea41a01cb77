package io.arrears.store.jdbc.insurer;

import io.arrears.api.insurer.Notification;
import io.arrears.api.insurer.NotificationLine;
import io.arrears.api.insurer.NotificationRepository;
import io.arrears.api.money.Money;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.partner.PartnerMessageRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import javax.sql.DataSource;

/**
 * Notifications on {@code insurer_notifications} (V018). The unique key over policy, buyer and the hash of the sorted
 * item ids makes "notify once" a database fact, whatever number of checks or nodes run.
 */
public final class JdbcNotificationRepository implements NotificationRepository {

    static final String ITEMS_KEY = "uk_insurer_notifications_items";
    private static final String COLUMNS = "id, policy_id, customer_key, deadline, created_at, sent_at, acknowledged_at, ack_reference";

    private final JdbcTransactions transactions;

    public JdbcNotificationRepository(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public Optional<Notification> create(long policyId, String customerId, List<NotificationLine> lines, LocalDate deadline,
            Instant at, LongFunction<NewPartnerMessage> message) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a notification needs at least one overdue item");
        }
        return transactions.inTransaction(jdbc -> {
            long id = jdbc.insertUnlessExists(ITEMS_KEY, () -> jdbc.insert("creating a notification for buyer " + customerId,
                    "INSERT INTO insurer_notifications (policy_id, customer_key, item_set_key, deadline, created_at) "
                            + "VALUES (?, ?, ?, ?, ?)", policyId, customerId, itemSetKey(lines), deadline, Columns.utc(at)),
                    () -> -1L).row();
            if (id < 0) {
                return Optional.<Notification>empty();
            }
            int position = 0;
            for (NotificationLine line : lines) {
                jdbc.update("adding a notification line", "INSERT INTO insurer_notification_lines (notification_id, position, "
                        + "item_key, document_number, due_date, outstanding, currency, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        id, position++, line.itemId(), line.documentNumber(), line.dueDate(), line.outstanding().amount(),
                        line.outstanding().currencyCode(), line.deadline());
            }
            PartnerMessageRows.insert(jdbc, message.apply(id), at);
            return Optional.of(load(jdbc, id));
        });
    }

    @Override
    public Notification acknowledge(long id, String reference, Instant at) {
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw new IllegalArgumentException("an acknowledgement needs the insurer's reference (1 to 200 characters)");
        }
        return transactions.inTransaction(jdbc -> {
            Notification notification = load(jdbc, id);
            if (notification.acknowledgedAt().isPresent()) {
                throw new IllegalStateException("notification " + notification.reference() + " was already acknowledged at "
                        + notification.acknowledgedAt().get() + " (" + notification.acknowledgementReference().orElse("") + ")");
            }
            jdbc.update("acknowledging notification " + id, "UPDATE insurer_notifications SET acknowledged_at = ?, "
                    + "ack_reference = ? WHERE id = ? AND acknowledged_at IS NULL", Columns.utc(at), reference.strip(), id);
            return load(jdbc, id);
        });
    }

    @Override
    public Optional<Notification> find(long id) {
        return transactions.inTransaction(jdbc -> find(jdbc, id));
    }

    @Override
    public List<Notification> list(Optional<Long> policyId, int limit) {
        return transactions.inTransaction(jdbc -> (policyId.isPresent()
                ? jdbc.query("listing notifications", "SELECT id FROM insurer_notifications WHERE policy_id = ? ORDER BY id DESC "
                        + "LIMIT ?", rs -> rs.getLong(1), policyId.get(), limit)
                : jdbc.query("listing notifications", "SELECT id FROM insurer_notifications ORDER BY id DESC LIMIT ?",
                        rs -> rs.getLong(1), limit)).stream().map(id -> load(jdbc, id)).toList());
    }

    @Override
    public List<Notification> ofBuyer(long policyId, String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading a buyer's notifications", "SELECT id FROM "
                + "insurer_notifications WHERE policy_id = ? AND customer_key = ? ORDER BY id", rs -> rs.getLong(1),
                policyId, customerId).stream().map(id -> load(jdbc, id)).toList());
    }

    /** SHA-256 over the sorted item ids, so the same set in any order is the same notification. */
    static String itemSetKey(List<NotificationLine> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String joined = String.join("\n", lines.stream().map(NotificationLine::itemId).sorted().toList());
            return HexFormat.of().formatHex(digest.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static Notification load(Jdbc jdbc, long id) {
        return find(jdbc, id).orElseThrow(() -> new IllegalArgumentException("no notification with id " + id));
    }

    private static Optional<Notification> find(Jdbc jdbc, long id) {
        List<NotificationLine> lines = jdbc.query("reading notification lines", "SELECT item_key, document_number, due_date, "
                + "outstanding, currency, deadline FROM insurer_notification_lines WHERE notification_id = ? ORDER BY position",
                JdbcNotificationRepository::line, id);
        return jdbc.queryOptional("reading notification " + id, "SELECT " + COLUMNS + " FROM insurer_notifications WHERE id = ?",
                rs -> notification(rs, lines), id);
    }

    private static NotificationLine line(ResultSet rs) throws SQLException {
        return new NotificationLine(rs.getString("item_key"), rs.getString("document_number"), Columns.date(rs, "due_date"),
                Money.rounded(rs.getBigDecimal("outstanding"), Currency.getInstance(Columns.fixedChar(rs, "currency"))),
                Columns.date(rs, "deadline"));
    }

    private static Notification notification(ResultSet rs, List<NotificationLine> lines) throws SQLException {
        Map<String, Money> totals = new TreeMap<>();
        lines.forEach(l -> totals.merge(l.outstanding().currencyCode(), l.outstanding(), Money::plus));
        return new Notification(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("customer_key"), lines,
                List.copyOf(totals.values()), Columns.date(rs, "deadline"), Columns.instant(rs, "created_at"),
                Optional.ofNullable(Columns.instant(rs, "sent_at")), Optional.ofNullable(Columns.instant(rs, "acknowledged_at")),
                Optional.ofNullable(rs.getString("ack_reference")));
    }
}
