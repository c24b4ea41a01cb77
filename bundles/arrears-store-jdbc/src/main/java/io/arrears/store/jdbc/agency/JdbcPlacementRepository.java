package io.arrears.store.jdbc.agency;

import io.arrears.api.agency.AgencyFeedback;
import io.arrears.api.agency.Approval;
import io.arrears.api.agency.FeedbackKind;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.NewPlacement;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementRepository;
import io.arrears.api.agency.PlacementStatus;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.money.Money;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.partner.PartnerMessageRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Placements on the V017 tables. The unique key over {@code (item_key, active_marker)} refuses a second holding
 * placement of an item; approval, dunning blocks and the placement message are one transaction, and so are the
 * recall acknowledgement and the lifting of the blocks.
 */
public final class JdbcPlacementRepository implements PlacementRepository {

    static final String ACTIVE_ITEM_KEY = "uk_agency_placement_items_active";
    static final String FEEDBACK_KEY = "uk_agency_feedback_external";
    private static final String COLUMNS = "id, customer_key, agency_id, status, note, requested_by, requested_at, approved_by, "
            + "approved_at, relationship_value, debt, recalled_by, recalled_at, closed_at";
    private static final String FEEDBACK_COLUMNS = "id, placement_id, agency_id, external_id, kind, note, amount, currency, "
            + "value_date, received_at, ledger_payment_key";

    private final JdbcTransactions transactions;

    public JdbcPlacementRepository(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public Placement request(NewPlacement placement) {
        return transactions.inTransaction(jdbc -> {
            long id = jdbc.insert("requesting a placement", "INSERT INTO agency_placements (customer_key, agency_id, status, note, "
                    + "requested_by, requested_at) VALUES (?, ?, 'REQUESTED', ?, ?, ?)", placement.customerId(),
                    placement.agencyId(), placement.note(), placement.requestedBy(), Columns.utc(placement.requestedAt()));
            int position = 0;
            for (String item : placement.itemIds()) {
                try {
                    jdbc.update("holding item " + item + " for placement " + id, "INSERT INTO agency_placement_items "
                            + "(placement_id, position, item_key, active_marker) VALUES (?, ?, ?, 'Y')", id, position++, item);
                } catch (DuplicateKeyException e) {
                    if (!e.constraint().equals(ACTIVE_ITEM_KEY)) {
                        throw e;
                    }
                    throw new DuplicateKeyException("item '" + item + "' is already in an active agency placement", ACTIVE_ITEM_KEY, e);
                }
            }
            return load(jdbc, id);
        });
    }

    @Override
    public Placement approve(long id, Approval approval, NewPartnerMessage message) {
        return transactions.inTransaction(jdbc -> {
            Placement placement = expect(jdbc, id, Set.of(PlacementStatus.REQUESTED));
            jdbc.update("approving placement " + id, "UPDATE agency_placements SET status = 'APPROVED', approved_by = ?, "
                    + "approved_at = ?, relationship_value = ?, debt = ? WHERE id = ? AND status = 'REQUESTED'",
                    approval.approvedBy(), Columns.utc(approval.approvedAt()),
                    MoneyListText.format(approval.relationshipValue()), MoneyListText.format(approval.debt()), id);
            int position = 0;
            for (String item : placement.itemIds()) {
                DunningBlock block = JdbcDunningBlockRepository.place(jdbc, new NewDunningBlock(placement.customerId(),
                        Optional.of(item), BlockReason.AGENCY_PLACEMENT, placement.reference() + " with " + placement.agencyId(),
                        approval.approvedBy(), approval.approvedAt()));
                jdbc.update("linking block " + block.id(), "UPDATE agency_placement_items SET block_id = ? WHERE placement_id = ? "
                        + "AND position = ?", block.id(), id, position++);
            }
            PartnerMessageRows.insert(jdbc, message, approval.approvedAt());
            return load(jdbc, id);
        });
    }

    @Override
    public Placement requestRecall(long id, String by, Instant at, NewPartnerMessage message) {
        return transactions.inTransaction(jdbc -> {
            expect(jdbc, id, Set.of(PlacementStatus.APPROVED, PlacementStatus.PLACED));
            jdbc.update("recalling placement " + id, "UPDATE agency_placements SET status = 'RECALL_REQUESTED', recalled_by = ?, "
                    + "recalled_at = ? WHERE id = ?", by, Columns.utc(at), id);
            PartnerMessageRows.insert(jdbc, message, at);
            return load(jdbc, id);
        });
    }

    @Override
    public Optional<AgencyFeedback> recordFeedback(long placementId, NewFeedback feedback, Optional<String> ledgerPaymentKey) {
        return transactions.inTransaction(jdbc -> {
            Placement placement = load(jdbc, placementId);
            if (!placement.agencyId().equals(feedback.agencyId())) {
                throw new IllegalArgumentException("feedback " + feedback.externalId() + " of agency " + feedback.agencyId()
                        + " names placement " + placement.reference() + " of agency " + placement.agencyId());
            }
            long id = jdbc.insertUnlessExists(FEEDBACK_KEY, () -> jdbc.insert("storing agency feedback " + feedback.externalId(),
                    "INSERT INTO agency_feedback (placement_id, agency_id, external_id, kind, note, amount, currency, value_date, "
                            + "received_at, ledger_payment_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    placementId, feedback.agencyId(), feedback.externalId(), feedback.kind().name(), feedback.note(),
                    feedback.amount().map(Money::amount).orElse(null), feedback.amount().map(Money::currencyCode).orElse(null),
                    feedback.valueDate().orElse(null), Columns.utc(feedback.receivedAt()), ledgerPaymentKey.orElse(null)),
                    () -> -1L).row();
            if (id < 0) {
                return Optional.empty();
            }
            if (feedback.kind() == FeedbackKind.RECALL_ACKNOWLEDGED || feedback.kind() == FeedbackKind.CLOSED) {
                end(jdbc, placement, feedback);
            }
            return jdbc.queryOptional("reading agency feedback " + id, "SELECT " + FEEDBACK_COLUMNS
                    + " FROM agency_feedback WHERE id = ?", JdbcPlacementRepository::feedbackRow, id);
        });
    }

    private static void end(Jdbc jdbc, Placement placement, NewFeedback feedback) {
        if (!placement.status().holdsItems()) {
            throw new IllegalStateException("placement " + placement.reference() + " is already " + placement.status());
        }
        if (feedback.kind() == FeedbackKind.RECALL_ACKNOWLEDGED && placement.status() != PlacementStatus.RECALL_REQUESTED) {
            throw new IllegalStateException("agency " + feedback.agencyId() + " acknowledges a recall of placement "
                    + placement.reference() + ", which is " + placement.status() + ", not RECALL_REQUESTED");
        }
        String status = feedback.kind() == FeedbackKind.RECALL_ACKNOWLEDGED ? "RECALLED" : "CLOSED";
        jdbc.update("ending placement " + placement.id(), "UPDATE agency_placements SET status = ?, closed_at = ? WHERE id = ?",
                status, Columns.utc(feedback.receivedAt()), placement.id());
        List<Long> blocks = jdbc.query("reading the blocks of placement " + placement.id(), "SELECT block_id FROM "
                + "agency_placement_items WHERE placement_id = ? AND block_id IS NOT NULL ORDER BY position",
                rs -> rs.getLong(1), placement.id());
        for (long block : blocks) {
            JdbcDunningBlockRepository.clear(jdbc, block, "agency:" + feedback.agencyId(), feedback.receivedAt());
        }
        jdbc.update("releasing the items of placement " + placement.id(), "UPDATE agency_placement_items SET active_marker = NULL "
                + "WHERE placement_id = ?", placement.id());
    }

    @Override
    public Optional<Placement> find(long id) {
        return transactions.inTransaction(jdbc -> find(jdbc, id));
    }

    @Override
    public List<Placement> list(Optional<String> customerId, Optional<PlacementStatus> status, int limit) {
        return transactions.inTransaction(jdbc -> {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            customerId.ifPresent(c -> {
                where.append(" AND customer_key = ?");
                params.add(c);
            });
            status.ifPresent(st -> {
                where.append(" AND status = ?");
                params.add(st.name());
            });
            params.add(limit);
            List<Long> ids = jdbc.query("listing placements", "SELECT id FROM agency_placements" + where + " ORDER BY id DESC LIMIT ?",
                    rs -> rs.getLong(1), params.toArray());
            List<Placement> placements = new ArrayList<>();
            for (long id : ids) {
                placements.add(load(jdbc, id));
            }
            return placements;
        });
    }

    @Override
    public List<AgencyFeedback> feedback(long placementId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading agency feedback", "SELECT " + FEEDBACK_COLUMNS
                + " FROM agency_feedback WHERE placement_id = ? ORDER BY id", JdbcPlacementRepository::feedbackRow, placementId));
    }

    @Override
    public Optional<AgencyFeedback> findFeedback(String agencyId, String externalId) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading agency feedback", "SELECT " + FEEDBACK_COLUMNS
                + " FROM agency_feedback WHERE agency_id = ? AND external_id = ?", JdbcPlacementRepository::feedbackRow,
                agencyId, externalId));
    }

    private static Placement expect(Jdbc jdbc, long id, Set<PlacementStatus> expected) {
        Placement placement = jdbc.queryOptional("locking placement " + id, "SELECT " + COLUMNS
                + " FROM agency_placements WHERE id = ? FOR UPDATE", rs -> rs.getLong("id"), id)
                .map(found -> load(jdbc, found))
                .orElseThrow(() -> new IllegalArgumentException("no placement with id " + id));
        if (!expected.contains(placement.status())) {
            throw new IllegalStateException("placement " + placement.reference() + " is " + placement.status() + ", expected "
                    + (expected.size() == 1 ? expected.iterator().next() : "one of " + expected));
        }
        return placement;
    }

    private static Placement load(Jdbc jdbc, long id) {
        return find(jdbc, id).orElseThrow(() -> new IllegalArgumentException("no placement with id " + id));
    }

    private static Optional<Placement> find(Jdbc jdbc, long id) {
        List<String> items = jdbc.query("reading placement items", "SELECT item_key FROM agency_placement_items "
                + "WHERE placement_id = ? ORDER BY position", rs -> rs.getString(1), id);
        return jdbc.queryOptional("reading placement " + id, "SELECT " + COLUMNS + " FROM agency_placements WHERE id = ?",
                rs -> placement(rs, items), id);
    }

    private static Placement placement(ResultSet rs, List<String> items) throws SQLException {
        NewPlacement request = new NewPlacement(rs.getString("customer_key"), rs.getString("agency_id"), items,
                rs.getString("requested_by"), Columns.instant(rs, "requested_at"), rs.getString("note"));
        Optional<String> approvedBy = Optional.ofNullable(rs.getString("approved_by"));
        Instant approvedAt = Columns.instant(rs, "approved_at");
        String value = rs.getString("relationship_value");
        String debt = rs.getString("debt");
        return new Placement(rs.getLong("id"), request, PlacementStatus.valueOf(rs.getString("status")),
                approvedBy.map(by -> new Approval(by, approvedAt, MoneyListText.parse(value), MoneyListText.parse(debt))),
                Optional.ofNullable(rs.getString("recalled_by")), Optional.ofNullable(Columns.instant(rs, "recalled_at")),
                Optional.ofNullable(Columns.instant(rs, "closed_at")));
    }

    private static AgencyFeedback feedbackRow(ResultSet rs) throws SQLException {
        String currency = Columns.fixedChar(rs, "currency");
        Optional<Money> amount = currency == null ? Optional.empty()
                : Optional.of(Money.rounded(rs.getBigDecimal("amount"), java.util.Currency.getInstance(currency)));
        NewFeedback content = new NewFeedback(rs.getString("agency_id"), rs.getString("external_id"),
                Placement.reference(rs.getLong("placement_id")), FeedbackKind.valueOf(rs.getString("kind")), rs.getString("note"),
                amount, Optional.ofNullable(Columns.date(rs, "value_date")), Columns.instant(rs, "received_at"));
        return new AgencyFeedback(rs.getLong("id"), rs.getLong("placement_id"), content,
                Optional.ofNullable(rs.getString("ledger_payment_key")));
    }
}
