package io.arrears.store.jdbc.profile;

import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.CreditScore;
import io.arrears.api.profile.ProfileSnapshot;
import io.arrears.api.profile.ProfileStore;
import io.arrears.api.profile.StoredOverride;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * {@link ProfileStore} on the V014–V016 tables: {@code profile_overrides} (one active per customer, by unique key),
 * {@code profile_snapshots} (append-only), {@code profile_config_versions} (unique key kind + version) and
 * {@code case_closures}, {@code credit_scores}.
 */
public final class JdbcProfileStore implements ProfileStore {

    static final String ACTIVE_OVERRIDE_KEY = "uk_profile_overrides_active";
    static final String CONFIG_VERSION_KEY = "uk_profile_config_versions";

    private static final String OVERRIDE_COLUMNS = "id, customer_key, behaviour_type, reason, created_by, created_at, "
            + "suggested_type, confidence, signals_json, cleared_by, cleared_at";
    private static final String SNAPSHOT_COLUMNS = "id, customer_key, computed_at, behaviour_type, suggested_type, confidence, "
            + "risk_score, fingerprint, signals_json, factors_json, drift_json";
    private static final String CREDIT_SCORE_COLUMNS = "id, customer_key, score, source, as_of, recorded_by, recorded_at";
    private static final String CLOSURE_COLUMNS = "id, customer_key, closed_by, closed_at, satisfied, went_wrong, improve, "
            + "behaviour_type, playbook, channel, offer_kind, promises_made, promises_kept, days_to_pay_after_contact, "
            + "recovered_amount, recovered_currency";

    private final JdbcTransactions transactions;

    public JdbcProfileStore(DataSource dataSource) {
        this.transactions = new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public Optional<StoredOverride> activeOverride(String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading a customer's active profile override",
                "SELECT " + OVERRIDE_COLUMNS + " FROM profile_overrides WHERE customer_key = ? AND active_marker = 'Y'",
                JdbcProfileStore::override, customerId));
    }

    @Override
    public List<StoredOverride> overrideHistory(String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading a customer's profile overrides",
                "SELECT " + OVERRIDE_COLUMNS + " FROM profile_overrides WHERE customer_key = ? ORDER BY id",
                JdbcProfileStore::override, customerId));
    }

    @Override
    public StoredOverride placeOverride(StoredOverride o) {
        Objects.requireNonNull(o, "override");
        if (!o.type().isKnown()) {
            throw new IllegalArgumentException("an override must name one of the eight behaviour types, not UNKNOWN");
        }
        return transactions.inTransaction(jdbc -> {
            clear(jdbc, o.customerId(), o.by(), o.at());
            long id;
            try {
                id = jdbc.insert("storing a profile override",
                        "INSERT INTO profile_overrides (customer_key, behaviour_type, reason, created_by, created_at, suggested_type, "
                                + "confidence, signals_json, active_marker) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Y')",
                        o.customerId(), o.type().name(), o.reason(), o.by(), Columns.utc(o.at()), o.suggestedAtOverride().name(),
                        confidence(o.confidenceAtOverride()), o.signalsJson());
            } catch (DuplicateKeyException e) {
                if (!e.constraint().equals(ACTIVE_OVERRIDE_KEY)) {
                    throw e;
                }
                throw new DuplicateKeyException("customer '" + o.customerId() + "' got another override at the same time: "
                        + "reload and try again", ACTIVE_OVERRIDE_KEY, e);
            }
            return jdbc.queryOptional("reading a profile override", "SELECT " + OVERRIDE_COLUMNS
                    + " FROM profile_overrides WHERE id = ?", JdbcProfileStore::override, id).orElseThrow();
        });
    }

    @Override
    public boolean clearOverride(String customerId, String by, Instant at) {
        return transactions.inTransaction(jdbc -> clear(jdbc, customerId, by, at) > 0);
    }

    private static int clear(Jdbc jdbc, String customerId, String by, Instant at) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("clearing the override of customer '" + customerId + "': who clears it is required");
        }
        return jdbc.update("clearing a profile override", "UPDATE profile_overrides SET cleared_by = ?, cleared_at = ?, "
                + "active_marker = NULL WHERE customer_key = ? AND active_marker = 'Y'", by, Columns.utc(at), customerId);
    }

    @Override
    public Optional<ProfileSnapshot> latestSnapshot(String customerId) {
        return snapshots(customerId, 1).stream().findFirst();
    }

    @Override
    public List<ProfileSnapshot> snapshots(String customerId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.inTransaction(jdbc -> jdbc.query("reading a customer's profile snapshots",
                "SELECT " + SNAPSHOT_COLUMNS + " FROM profile_snapshots WHERE customer_key = ? ORDER BY id DESC "
                        + "FETCH FIRST " + limit + " ROWS ONLY",
                JdbcProfileStore::snapshot, customerId));
    }

    @Override
    public ProfileSnapshot saveSnapshot(ProfileSnapshot s) {
        Objects.requireNonNull(s, "snapshot");
        return transactions.inTransaction(jdbc -> {
            long id = jdbc.insert("storing a profile snapshot", "INSERT INTO profile_snapshots (customer_key, computed_at, "
                            + "behaviour_type, suggested_type, confidence, risk_score, fingerprint, signals_json, factors_json, "
                            + "drift_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.customerId(), Columns.utc(s.computedAt()), s.type().name(), s.suggestedType().name(),
                    confidence(s.confidence()), s.riskScore(), s.fingerprint(), s.signalsJson(), s.factorsJson(), s.driftJson());
            return jdbc.queryOptional("reading a profile snapshot", "SELECT " + SNAPSHOT_COLUMNS
                    + " FROM profile_snapshots WHERE id = ?", JdbcProfileStore::snapshot, id).orElseThrow();
        });
    }

    @Override
    public Optional<ConfigDocument> currentConfig(ConfigKind kind) {
        return configHistory(kind).stream().findFirst();
    }

    @Override
    public List<ConfigDocument> configHistory(ConfigKind kind) {
        Objects.requireNonNull(kind, "kind");
        return transactions.inTransaction(jdbc -> jdbc.query("reading the profiling configuration",
                "SELECT config_kind, version, document, saved_by, saved_at FROM profile_config_versions WHERE config_kind = ? "
                        + "ORDER BY version DESC",
                rs -> new ConfigDocument(ConfigKind.valueOf(rs.getString("config_kind")), rs.getInt("version"),
                        rs.getString("document"), rs.getString("saved_by"), Columns.instant(rs, "saved_at")),
                kind.name()));
    }

    @Override
    public ConfigDocument saveConfig(ConfigKind kind, int version, String json, String by, Instant at) {
        ConfigDocument document = new ConfigDocument(kind, version, json, by, at);
        if (version < 1) {
            throw new IllegalArgumentException("a saved configuration version starts at 1, was " + version);
        }
        return transactions.inTransaction(jdbc -> {
            try {
                jdbc.update("saving the profiling configuration", "INSERT INTO profile_config_versions (config_kind, version, "
                        + "document, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)", kind.name(), version, json, by, Columns.utc(at));
            } catch (DuplicateKeyException e) {
                if (!e.constraint().equals(CONFIG_VERSION_KEY)) {
                    throw e;
                }
                throw new DuplicateKeyException(kind + " version " + version + " was saved by someone else meanwhile: "
                        + "reload and save again", CONFIG_VERSION_KEY, e);
            }
            return document;
        });
    }

    @Override
    public CaseClosure recordClosure(CaseClosure c) {
        Objects.requireNonNull(c, "closure");
        String days = c.daysToPayAfterContact().isPresent() ? String.valueOf(c.daysToPayAfterContact().getAsInt()) : "NULL";
        String amount = c.amountRecovered().isPresent() ? "?" : "NULL";
        List<Object> params = new java.util.ArrayList<>(List.of(c.customerId(), c.closedBy(), Columns.utc(c.closedAt()),
                c.satisfied(), c.wentWrong(), c.improve(), c.behaviourType().name(), c.playbook(), c.channel(), c.offer(),
                c.promisesMade(), c.promisesKept()));
        c.amountRecovered().ifPresent(m -> {
            params.add(m.amount());
            params.add(m.currencyCode());
        });
        return transactions.inTransaction(jdbc -> {
            long id = jdbc.insert("storing a case closure", "INSERT INTO case_closures (customer_key, closed_by, closed_at, "
                    + "satisfied, went_wrong, improve, behaviour_type, playbook, channel, offer_kind, promises_made, promises_kept, "
                    + "days_to_pay_after_contact, recovered_amount, recovered_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + days + ", " + amount + ", " + amount + ")", params.toArray());
            return jdbc.queryOptional("reading a case closure", "SELECT " + CLOSURE_COLUMNS + " FROM case_closures WHERE id = ?",
                    JdbcProfileStore::closure, id).orElseThrow();
        });
    }

    @Override
    public List<CaseClosure> closures() {
        return transactions.inTransaction(jdbc -> jdbc.query("reading the case closures",
                "SELECT " + CLOSURE_COLUMNS + " FROM case_closures ORDER BY id", JdbcProfileStore::closure));
    }

    @Override
    public List<CaseClosure> closures(String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading a customer's case closures",
                "SELECT " + CLOSURE_COLUMNS + " FROM case_closures WHERE customer_key = ? ORDER BY id", JdbcProfileStore::closure,
                customerId));
    }

    @Override
    public CreditScore recordCreditScore(CreditScore score) {
        Objects.requireNonNull(score, "score");
        return transactions.inTransaction(jdbc -> {
            long id = jdbc.insert("storing a credit score", "INSERT INTO credit_scores (customer_key, score, source, as_of, "
                    + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", score.customerId(), score.score(), score.source(),
                    score.asOf(), score.recordedBy(), Columns.utc(score.recordedAt()));
            return jdbc.queryOptional("reading a credit score", "SELECT " + CREDIT_SCORE_COLUMNS
                    + " FROM credit_scores WHERE id = ?", JdbcProfileStore::creditScore, id).orElseThrow();
        });
    }

    @Override
    public Optional<CreditScore> latestCreditScore(String customerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading a customer's credit scores", "SELECT "
                + CREDIT_SCORE_COLUMNS + " FROM credit_scores WHERE customer_key = ? ORDER BY as_of DESC, id DESC",
                JdbcProfileStore::creditScore, customerId).stream().findFirst());
    }

    private static CreditScore creditScore(ResultSet rs) throws SQLException {
        return new CreditScore(rs.getLong("id"), rs.getString("customer_key"), rs.getInt("score"), rs.getString("source"),
                Columns.date(rs, "as_of"), rs.getString("recorded_by"), Columns.instant(rs, "recorded_at"));
    }

    private static BigDecimal confidence(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static StoredOverride override(ResultSet rs) throws SQLException {
        return new StoredOverride(rs.getLong("id"), rs.getString("customer_key"), BehaviourType.valueOf(rs.getString("behaviour_type")),
                rs.getString("reason"), rs.getString("created_by"), Columns.instant(rs, "created_at"),
                BehaviourType.valueOf(rs.getString("suggested_type")), rs.getBigDecimal("confidence").doubleValue(),
                rs.getString("signals_json"), Optional.ofNullable(rs.getString("cleared_by")),
                Optional.ofNullable(Columns.instant(rs, "cleared_at")));
    }

    private static ProfileSnapshot snapshot(ResultSet rs) throws SQLException {
        return new ProfileSnapshot(rs.getLong("id"), rs.getString("customer_key"), Columns.instant(rs, "computed_at"),
                BehaviourType.valueOf(rs.getString("behaviour_type")), BehaviourType.valueOf(rs.getString("suggested_type")),
                rs.getBigDecimal("confidence").doubleValue(), rs.getInt("risk_score"), rs.getString("fingerprint"),
                rs.getString("signals_json"), rs.getString("factors_json"), rs.getString("drift_json"));
    }

    private static CaseClosure closure(ResultSet rs) throws SQLException {
        int days = rs.getInt("days_to_pay_after_contact");
        boolean daysKnown = !rs.wasNull();
        BigDecimal amount = rs.getBigDecimal("recovered_amount");
        Optional<Money> recovered = amount == null ? Optional.empty()
                : Optional.of(Money.rounded(amount, java.util.Currency.getInstance(Columns.fixedChar(rs, "recovered_currency"))));
        return new CaseClosure(rs.getLong("id"), rs.getString("customer_key"), rs.getString("closed_by"),
                Columns.instant(rs, "closed_at"), rs.getBoolean("satisfied"), rs.getString("went_wrong"), rs.getString("improve"),
                BehaviourType.valueOf(rs.getString("behaviour_type")), rs.getString("playbook"), rs.getString("channel"),
                rs.getString("offer_kind"), rs.getInt("promises_made"), rs.getInt("promises_kept"),
                daysKnown ? OptionalInt.of(days) : OptionalInt.empty(), recovered);
    }
}
