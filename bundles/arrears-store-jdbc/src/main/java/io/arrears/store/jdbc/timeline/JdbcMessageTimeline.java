package io.arrears.store.jdbc.timeline;

import io.arrears.api.money.Money;
import io.arrears.api.timeline.TimelineEntry;
import io.arrears.api.timeline.TimelineSource;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Timeline entries of what was sent to a customer: executed dunning notices with the delivery state of their outbox
 * message, and the call confirmations and plan agreements queued in the outbox (found by their keys, which name the
 * customer), and the early-payment discount offers.
 */
public final class JdbcMessageTimeline implements TimelineSource {

    private static final String NOTICES = """
            SELECT n.id, n.level, n.level_name, n.channel, n.status, n.executed_at, n.total_amount, n.currency, n.outcome_reason,
                m.state AS delivery_state, m.failure_kind, m.last_error
            FROM notices n LEFT JOIN outbox_messages m ON m.id = n.outbox_message_id
            WHERE n.customer_key = ? AND n.executed_at IS NOT NULL ORDER BY n.executed_at DESC, n.id DESC LIMIT ?""";
    private static final String MESSAGES = """
            SELECT id, outbox_key, channel, state, subject, recipient_address, created_at, failure_kind, last_error FROM outbox_messages
            WHERE outbox_key LIKE ? OR outbox_key LIKE ? OR outbox_key LIKE ? ORDER BY created_at DESC, id DESC LIMIT ?""";

    private final JdbcTransactions transactions;

    public JdbcMessageTimeline(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public List<TimelineEntry> entries(String erpCustomerId, int limit) {
        return transactions.inTransaction(jdbc -> {
            List<TimelineEntry> entries = new ArrayList<>(jdbc.query("reading the notices of customer '" + erpCustomerId + "'", NOTICES,
                    JdbcMessageTimeline::notice, erpCustomerId, limit));
            entries.addAll(jdbc.query("reading the messages of customer '" + erpCustomerId + "'", MESSAGES, JdbcMessageTimeline::message,
                    "call-confirmation:" + like(erpCustomerId) + ":%", "plan-agreement:PLAN-" + like(erpCustomerId) + "-%",
                    "discount-offer:DISC-" + like(erpCustomerId) + "-%", limit));
            entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
            return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
        });
    }

    /** LIKE's own characters in a customer id match only themselves (default escape character of both databases). */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static TimelineEntry notice(ResultSet rs) throws SQLException {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("level", String.valueOf(rs.getInt("level")));
        putIfPresent(details, "levelName", rs.getString("level_name"));
        putIfPresent(details, "channel", rs.getString("channel"));
        details.put("status", rs.getString("status"));
        putIfPresent(details, "deliveryState", rs.getString("delivery_state"));
        putDeliveryProblem(details, rs);
        putIfPresent(details, "reason", rs.getString("outcome_reason"));
        Money total = Money.rounded(rs.getBigDecimal("total_amount"), java.util.Currency.getInstance(Columns.fixedChar(rs, "currency")));
        details.put("total", total.amount().toPlainString() + " " + total.currencyCode());
        Instant at = Columns.instant(rs, "executed_at");
        String summary = "Dunning notice level " + rs.getInt("level") + " " + rs.getString("status").toLowerCase()
                + (rs.getString("delivery_state") == null ? "" : " (" + delivery(rs.getString("delivery_state"), rs) + ")");
        return new TimelineEntry(at, "NOTICE", summary, details, "notice:" + rs.getLong("id"));
    }

    private static TimelineEntry message(ResultSet rs) throws SQLException {
        String key = rs.getString("outbox_key");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("channel", rs.getString("channel"));
        details.put("deliveryState", rs.getString("state"));
        details.put("to", rs.getString("recipient_address"));
        putIfPresent(details, "subject", rs.getString("subject"));
        putDeliveryProblem(details, rs);
        String what = key.startsWith("call-confirmation:") ? "Call confirmation"
                : key.startsWith("discount-offer:") ? "Early-payment discount offer" : "Plan agreement";
        return new TimelineEntry(Columns.instant(rs, "created_at"), "MESSAGE",
                what + " " + rs.getString("channel").toLowerCase() + " " + delivery(rs.getString("state"), rs), details,
                "outbox:" + rs.getLong("id"));
    }

    /** "sent", or for a failed message its kind ("failed: bounced"), so collectors see at a glance that it did not arrive. */
    private static String delivery(String state, ResultSet rs) throws SQLException {
        String kind = rs.getString("failure_kind");
        return "FAILED".equals(state) && kind != null ? "failed: " + kind.toLowerCase().replace('_', ' ') : state.toLowerCase();
    }

    /** A failed message's failure kind and the channel's answer; a cancelled message's reason. */
    private static void putDeliveryProblem(Map<String, String> details, ResultSet rs) throws SQLException {
        String state = details.get("deliveryState");
        if ("FAILED".equals(state) || "UNKNOWN".equals(state) || "CANCELLED".equals(state)) {
            putIfPresent(details, "failureKind", "FAILED".equals(state) ? rs.getString("failure_kind") : null);
            putIfPresent(details, "deliveryProblem", rs.getString("last_error"));
        }
    }

    private static void putIfPresent(Map<String, String> details, String name, String value) {
        if (value != null && !value.isBlank()) {
            details.put(name, value);
        }
    }
}
