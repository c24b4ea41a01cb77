package io.arrears.store.jdbc.intake;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.PaymentOutcome;
import io.arrears.api.intake.ReceivedPayment;
import io.arrears.api.intake.ReceivedPaymentRepository;
import io.arrears.api.money.Money;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.JdbcTransactions;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@code intake_bank_payments}: the bank transactions taken in, unique by deduplication key. */
public final class JdbcReceivedPaymentRepository implements ReceivedPaymentRepository {

    static final String DEDUP_CONSTRAINT = "uk_intake_bank_payments_dedup_key";

    private static final String COLUMNS = "id, dedup_key, source, account, booking_date, value_date, amount, currency, direction, "
            + "reversal, booking_status, end_to_end_id, bank_reference, debtor_name, creditor_reference, remittance_text, "
            + "content_key, occurrence_index, outcome, customer_key, reason, received_at, resolved_by";
    private static final String INSERT = """
            INSERT INTO intake_bank_payments (dedup_key, source, account, booking_date, value_date, amount, currency, direction,
                reversal, booking_status, end_to_end_id, bank_reference, debtor_name, creditor_reference, remittance_text,
                content_key, occurrence_index, outcome, customer_key, reason, received_at, resolved_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String BY_KEY = "SELECT " + COLUMNS + " FROM intake_bank_payments WHERE dedup_key = ?";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM intake_bank_payments WHERE id = ?";
    private static final String UNMATCHED = "SELECT " + COLUMNS + " FROM intake_bank_payments WHERE outcome = 'UNMATCHED' ORDER BY id";
    private static final String APPLIED_WITH_AMOUNT = "SELECT " + COLUMNS + " FROM intake_bank_payments "
            + "WHERE outcome IN ('MATCHED', 'RESOLVED') AND amount = ? AND currency = ? ORDER BY id";
    private static final String RESOLVE = """
            UPDATE intake_bank_payments SET outcome = 'RESOLVED', customer_key = ?, resolved_by = ?, resolved_at = ?
            WHERE id = ? AND outcome = 'UNMATCHED'""";

    private final JdbcTransactions transactions;

    public JdbcReceivedPaymentRepository(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public boolean add(ReceivedPayment p) {
        BankTransaction t = p.transaction();
        String key = t.deduplicationKey();
        return transactions.inTransaction(jdbc -> {
            InsertOutcome<Long> outcome = jdbc.insertUnlessExists(DEDUP_CONSTRAINT,
                    () -> jdbc.insert("storing bank payment '" + key + "'", INSERT, key, p.source(), t.accountIban(),
                            t.bookingDate(), t.valueDate(), t.amount().amount(), t.amount().currencyCode(), t.direction().name(),
                            t.reversal(), t.status().name(), t.endToEndId(), t.bankReference(), clip(t.debtorName(), 200),
                            t.creditorReference(), clip(t.remittanceText(), 1000), t.contentKey(), t.occurrenceIndex(),
                            p.outcome().name(), p.customerId(), clip(p.reason(), 500), Columns.utc(p.receivedAt()), p.resolvedBy()),
                    () -> 0L);
            return outcome.created();
        });
    }

    @Override
    public Optional<ReceivedPayment> findByKey(String deduplicationKey) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading bank payment '" + deduplicationKey + "'", BY_KEY,
                JdbcReceivedPaymentRepository::row, deduplicationKey));
    }

    @Override
    public Optional<ReceivedPayment> findById(long id) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading bank payment #" + id, BY_ID,
                JdbcReceivedPaymentRepository::row, id));
    }

    @Override
    public List<ReceivedPayment> unmatched(int limit) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading unmatched bank payments", UNMATCHED,
                JdbcReceivedPaymentRepository::row)).stream().limit(limit).toList();
    }

    @Override
    public List<ReceivedPayment> appliedWithAmount(Money amount) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading applied bank payments of " + amount, APPLIED_WITH_AMOUNT,
                JdbcReceivedPaymentRepository::row, amount.amount(), amount.currencyCode()));
    }

    @Override
    public boolean resolve(long id, String customerId, String resolvedBy, Instant at) {
        return transactions.inTransaction(jdbc -> jdbc.update("resolving bank payment #" + id, RESOLVE, customerId, resolvedBy,
                Columns.utc(at), id) == 1);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static ReceivedPayment row(ResultSet rs) throws SQLException {
        String currency = Columns.fixedChar(rs, "currency");
        BigDecimal amount = rs.getBigDecimal("amount");
        BankTransaction t = new BankTransaction(rs.getString("account"), Columns.date(rs, "booking_date"),
                Columns.date(rs, "value_date"), Money.of(amount, currency),
                CreditDebit.valueOf(rs.getString("direction")), rs.getBoolean("reversal"),
                BookingStatus.valueOf(rs.getString("booking_status")), rs.getString("end_to_end_id"),
                rs.getString("bank_reference"), rs.getString("debtor_name"), rs.getString("creditor_reference"),
                rs.getString("remittance_text"), rs.getString("content_key"), rs.getInt("occurrence_index"));
        return new ReceivedPayment(rs.getLong("id"), rs.getString("source"), t, PaymentOutcome.valueOf(rs.getString("outcome")),
                rs.getString("customer_key"), rs.getString("reason"), Columns.instant(rs, "received_at"),
                rs.getString("resolved_by"));
    }
}
