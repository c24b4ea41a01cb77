package io.arrears.store.jdbc.plan;

import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.promise.Consequence;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.promise.ConsequenceRows;
import io.arrears.store.jdbc.promise.ItemIds;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Payment plans on the V012 tables. Agreeing places PAYMENT_PLAN rows in {@code dunning_holds} (V008), which the
 * dunning run honours, in the same transaction as the plan and its agreement message; the hold's unique active key
 * refuses a second running plan on the same customer or item. Ending a plan clears those holds.
 */
public final class JdbcPlanRepository implements PlanRepository {

    private static final String HOLD_KEY = "uk_dunning_holds_active";
    private static final String COLUMNS = "id, customer_key, item_ids, total_amount, currency, instalments, frequency, start_date, "
            + "first_due_date, down_payment, interest_percent, grace_days, agreed_by, agreed_at, approved_by, state, hold_id, "
            + "ended_at, end_reason";

    private final JdbcTransactions transactions;
    private final Outbox outbox;

    public JdbcPlanRepository(DataSource dataSource, Outbox outbox) {
        this.transactions = new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public StoredPlan agree(PaymentPlan plan, Optional<String> approvedBy, Optional<NewOutboxMessage> agreement) {
        Objects.requireNonNull(plan, "plan");
        return transactions.inTransaction(jdbc -> {
            PlanTerms t = plan.terms();
            String operation = "agreeing payment plan '" + plan.id() + "'";
            List<Long> holds = new ArrayList<>();
            List<String> targets = t.itemIds().isEmpty() ? List.of("") : t.itemIds();
            for (String item : targets) {
                try {
                    holds.add(jdbc.insert(operation, "INSERT INTO dunning_holds (customer_key, item_key, reason, note, created_by, "
                                    + "created_at, active_marker) VALUES (?, ?, 'PAYMENT_PLAN', ?, ?, ?, 'Y')",
                            t.customerId(), item, holdNote(plan.id()), plan.agreedBy(), Columns.utc(plan.agreedAt())));
                } catch (DuplicateKeyException e) {
                    if (!e.constraint().equals(HOLD_KEY)) {
                        throw e;
                    }
                    throw new DuplicateKeyException((item.isEmpty() ? "customer '" + t.customerId() + "'" : "item '" + item + "'")
                            + " already has an active PAYMENT_PLAN block: a plan is running; it must end (or the block be cleared)"
                            + " before another is agreed", HOLD_KEY, e);
                }
            }
            try {
                jdbc.update(operation, "INSERT INTO payment_plans (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                + "'ACTIVE', ?, NULL, NULL)",
                        plan.id(), t.customerId(), ItemIds.join(t.itemIds()), t.total().amount(), t.total().currencyCode(),
                        t.instalments(), t.frequency().name(), t.startDate(), t.firstDueDate(),
                        t.downPayment().map(Money::amount).orElse(null), t.annualInterestPercent().orElse(null), t.graceDays(),
                        plan.agreedBy(), Columns.utc(plan.agreedAt()), approvedBy.orElse(null), holds.get(0));
            } catch (DuplicateKeyException e) {
                throw new DuplicateKeyException("payment plan '" + plan.id() + "' is already agreed", e.constraint(), e);
            }
            for (Instalment i : plan.schedule()) {
                jdbc.update(operation, "INSERT INTO plan_instalments (plan_id, instalment_no, due_date, principal, interest) "
                        + "VALUES (?, ?, ?, ?, ?)", plan.id(), i.number(), i.dueDate(), i.principal().amount(), i.interest().amount());
            }
            agreement.ifPresent(m -> outbox.enqueue(jdbc.connection(), m));
            return find(jdbc, plan.id()).orElseThrow();
        });
    }

    @Override
    public Optional<StoredPlan> find(String planId) {
        return transactions.inTransaction(jdbc -> find(jdbc, planId));
    }

    @Override
    public List<StoredPlan> forCustomer(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> load(jdbc, "WHERE customer_key = ? ORDER BY agreed_at DESC, id DESC", erpCustomerId));
    }

    @Override
    public List<StoredPlan> active() {
        return transactions.inTransaction(jdbc -> load(jdbc, "WHERE state = 'ACTIVE' ORDER BY agreed_at, id"));
    }

    @Override
    public boolean end(String planId, PlanState to, String reason, Optional<Consequence> consequence, String collector, Instant at) {
        if (to == PlanState.ACTIVE) {
            throw new IllegalArgumentException("a plan ends as COMPLETED or BROKEN, not ACTIVE");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        return transactions.inTransaction(jdbc -> {
            String operation = "ending payment plan '" + planId + "' as " + to;
            StoredPlan plan = find(jdbc, planId).orElseThrow(() -> new IllegalArgumentException("no payment plan with id '" + planId + "'"));
            int ended = jdbc.update(operation, "UPDATE payment_plans SET state = ?, ended_at = ?, end_reason = ? WHERE id = ? "
                    + "AND state = 'ACTIVE'", to.name(), Columns.utc(at), reason, planId);
            if (ended == 0) {
                return false;
            }
            jdbc.update(operation, "UPDATE dunning_holds SET cleared_by = ?, cleared_at = ?, active_marker = NULL "
                            + "WHERE customer_key = ? AND reason = 'PAYMENT_PLAN' AND note = ? AND cleared_at IS NULL",
                    "plan-monitor", Columns.utc(at), plan.plan().customerId(), holdNote(planId));
            consequence.ifPresent(c -> ConsequenceRows.record(jdbc, outbox, c, collector, at));
            return true;
        });
    }

    /** The note on the plan's dunning holds; ending the plan finds them by it. */
    static String holdNote(String planId) {
        return "payment plan " + planId;
    }

    private static Optional<StoredPlan> find(Jdbc jdbc, String planId) {
        List<StoredPlan> found = load(jdbc, "WHERE id = ?", planId);
        return found.stream().findFirst();
    }

    private static List<StoredPlan> load(Jdbc jdbc, String where, Object... params) {
        List<PlanRow> rows = jdbc.query("reading payment plans", "SELECT " + COLUMNS + " FROM payment_plans " + where,
                JdbcPlanRepository::row, params);
        List<StoredPlan> plans = new ArrayList<>();
        for (PlanRow row : rows) {
            List<Instalment> schedule = jdbc.query("reading the schedule of payment plan '" + row.id + "'",
                    "SELECT instalment_no, due_date, principal, interest FROM plan_instalments WHERE plan_id = ? ORDER BY instalment_no",
                    rs -> new Instalment(rs.getInt("instalment_no"), Columns.date(rs, "due_date"),
                            Money.of(rs.getBigDecimal("principal"), row.terms.total().currencyCode()),
                            Money.of(rs.getBigDecimal("interest"), row.terms.total().currencyCode())), row.id);
            plans.add(new StoredPlan(new PaymentPlan(row.id, row.terms, schedule, row.agreedBy, row.agreedAt), row.state,
                    row.approvedBy, row.holdId, row.endedAt, row.endReason));
        }
        return plans;
    }

    private record PlanRow(String id, PlanTerms terms, String agreedBy, Instant agreedAt, Optional<String> approvedBy,
            PlanState state, Optional<Long> holdId, Optional<Instant> endedAt, Optional<String> endReason) {
    }

    private static PlanRow row(ResultSet rs) throws SQLException {
        String currency = Columns.fixedChar(rs, "currency");
        BigDecimal down = rs.getBigDecimal("down_payment");
        BigDecimal interest = rs.getBigDecimal("interest_percent");
        PlanTerms terms = new PlanTerms(rs.getString("customer_key"), ItemIds.split(rs.getString("item_ids")),
                Money.of(rs.getBigDecimal("total_amount"), currency), rs.getInt("instalments"), Frequency.valueOf(rs.getString("frequency")),
                Columns.date(rs, "start_date"), Columns.date(rs, "first_due_date"),
                Optional.ofNullable(down).map(d -> Money.of(d, currency)),
                Optional.ofNullable(interest).map(BigDecimal::stripTrailingZeros), rs.getInt("grace_days"));
        return new PlanRow(rs.getString("id"), terms, rs.getString("agreed_by"), Columns.instant(rs, "agreed_at"),
                Optional.ofNullable(rs.getString("approved_by")), PlanState.valueOf(rs.getString("state")),
                Optional.ofNullable(Columns.optionalLong(rs, "hold_id")), Optional.ofNullable(Columns.instant(rs, "ended_at")),
                Optional.ofNullable(rs.getString("end_reason")));
    }
}
