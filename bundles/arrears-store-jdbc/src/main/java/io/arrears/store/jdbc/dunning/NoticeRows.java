package io.arrears.store.jdbc.dunning;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.dunning.NoticeStatus;
import io.arrears.api.dunning.RunStatus;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.store.jdbc.Columns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reads the rows of dunning_runs, notices and notice_lines into the api records. */
final class NoticeRows {

    static final String NOTICE_COLUMNS = "id, run_id, customer_key, notice_key, level, level_name, run_date, item_set_hash, "
            + "total_amount, fee_amount, currency, channel, tone, language_tag, proposal_deferred, not_before, reason, status, "
            + "outcome_reason, executed_at, charge_notes";

    private NoticeRows() {
    }

    /** A notice row without its lines (they come from their own query). */
    record NoticeRow(long id, long runId, String customerKey, String noticeKey, int level, String levelName,
            java.time.LocalDate runDate, String itemSetHash, Money total, Money fee, DeliveryChannel channel, String tone,
            String languageTag, boolean deferred, java.time.Instant notBefore, String reason, NoticeStatus status,
            Optional<String> outcomeReason, Optional<java.time.Instant> executedAt, List<String> chargeNotes) {

        StoredNotice withLines(List<NoticeLine> lines, List<NoticeCharge> charges) {
            NewNotice proposal = new NewNotice(noticeKey, customerKey, level, levelName, runDate, itemSetHash, lines, total,
                    fee, channel, tone, languageTag, deferred, notBefore, reason, charges, chargeNotes);
            return new StoredNotice(id, runId, proposal, status, outcomeReason, executedAt);
        }
    }

    /** A line with the notice it belongs to. */
    record LineRow(long noticeId, NoticeLine line) {
    }

    static NoticeRow notice(ResultSet rs) throws SQLException {
        String currency = Columns.fixedChar(rs, "currency");
        return new NoticeRow(rs.getLong("id"), rs.getLong("run_id"), rs.getString("customer_key"), rs.getString("notice_key"),
                rs.getInt("level"), rs.getString("level_name"), Columns.date(rs, "run_date"),
                Columns.fixedChar(rs, "item_set_hash"), money(rs.getBigDecimal("total_amount"), currency),
                money(rs.getBigDecimal("fee_amount"), currency), DeliveryChannel.valueOf(rs.getString("channel")),
                rs.getString("tone"), rs.getString("language_tag"), rs.getBoolean("proposal_deferred"),
                Columns.instant(rs, "not_before"), rs.getString("reason"), NoticeStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("outcome_reason")), Optional.ofNullable(Columns.instant(rs, "executed_at")),
                notes(rs.getString("charge_notes")));
    }

    /** A charge with the notice it belongs to. */
    record ChargeRow(long noticeId, NoticeCharge charge) {
    }

    static ChargeRow charge(ResultSet rs) throws SQLException {
        Money amount = money(rs.getBigDecimal("amount"), Columns.fixedChar(rs, "currency"));
        ChargeKind kind = ChargeKind.valueOf(rs.getString("kind"));
        NoticeCharge charge = kind == ChargeKind.INTEREST
                ? NoticeCharge.interest(rs.getString("claim_key"), rs.getString("item_key"), rs.getString("document_number"), amount,
                        rs.getBigDecimal("rate_percent").stripTrailingZeros(), Columns.date(rs, "period_from"), Columns.date(rs, "period_to"))
                : NoticeCharge.fee(kind, rs.getString("claim_key"), rs.getString("item_key"), rs.getString("document_number"), amount);
        return new ChargeRow(rs.getLong("notice_id"), charge);
    }

    /** Charge notes are stored one a line in {@code notices.charge_notes}, clipped to the column. */
    static String notes(List<String> notes) {
        if (notes.isEmpty()) {
            return null;
        }
        String joined = String.join("\n", notes.stream().map(n -> n.replace('\n', ' ')).toList());
        return joined.length() <= 4000 ? joined : joined.substring(0, 3997) + "...";
    }

    static List<String> notes(String stored) {
        return stored == null ? List.of() : List.of(stored.split("\n"));
    }

    static LineRow line(ResultSet rs) throws SQLException {
        Long previousLevel = Columns.optionalLong(rs, "previous_level");
        Optional<NoticeMark> previous = previousLevel == null
                ? Optional.empty()
                : Optional.of(new NoticeMark(previousLevel.intValue(), Columns.date(rs, "previous_sent_on")));
        NoticeLine line = new NoticeLine(rs.getString("item_key"), rs.getString("document_number"),
                Columns.date(rs, "due_date"), money(rs.getBigDecimal("open_amount"), Columns.fixedChar(rs, "currency")),
                rs.getInt("days_overdue"), previous);
        return new LineRow(rs.getLong("notice_id"), line);
    }

    static RunSummary run(ResultSet rs) throws SQLException {
        return new RunSummary(rs.getLong("id"), Columns.date(rs, "run_date"), RunStatus.valueOf(rs.getString("status")),
                rs.getString("triggered_by"), Columns.instant(rs, "started_at"),
                Optional.ofNullable(Columns.instant(rs, "finished_at")), rs.getInt("proposed"), rs.getInt("applied"),
                rs.getInt("cancelled"));
    }

    static Money money(BigDecimal amount, String currency) {
        return Money.rounded(amount, Currency.getInstance(currency));
    }
}
