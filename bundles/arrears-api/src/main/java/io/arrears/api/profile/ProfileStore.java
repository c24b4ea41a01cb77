package io.arrears.api.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where profiling keeps its state: overrides (with their history), classification snapshots, configuration
 * versions, case closures and external credit scores. Implementations throw {@link io.arrears.api.store.StoreException} when the storage
 * cannot be read or written; an empty result always means "not there".
 */
public interface ProfileStore {

    /** The customer's override in force, if any. */
    Optional<StoredOverride> activeOverride(String customerId);

    /** Every override of the customer, cleared ones included, oldest first. */
    List<StoredOverride> overrideHistory(String customerId);

    /**
     * Stores {@code override} (its id and cleared fields are ignored) as the customer's active override; an override
     * already active is cleared by the same user in the same transaction.
     */
    StoredOverride placeOverride(StoredOverride override);

    /** Clears the active override; false when there was none. */
    boolean clearOverride(String customerId, String by, Instant at);

    /** The latest snapshot of the customer. */
    Optional<ProfileSnapshot> latestSnapshot(String customerId);

    /** The latest snapshots, newest first, at most {@code limit}. */
    List<ProfileSnapshot> snapshots(String customerId, int limit);

    /** Appends a snapshot (its id is ignored) and returns it as stored. */
    ProfileSnapshot saveSnapshot(ProfileSnapshot snapshot);

    /** The newest saved version of a configuration document; empty while only the bundled default exists. */
    Optional<ConfigDocument> currentConfig(ConfigKind kind);

    /** Every saved version, newest first. */
    List<ConfigDocument> configHistory(ConfigKind kind);

    /**
     * Saves {@code json} as version {@code version} of {@code kind}. A version saved concurrently by someone else is a
     * {@link io.arrears.api.store.DuplicateKeyException}.
     */
    ConfigDocument saveConfig(ConfigKind kind, int version, String json, String by, Instant at);

    /** Stores a closure (its id is ignored). */
    CaseClosure recordClosure(CaseClosure closure);

    /** Every closure, oldest first. */
    List<CaseClosure> closures();

    /** The closures of one customer, oldest first. */
    List<CaseClosure> closures(String customerId);

    /** Stores an external credit score (its id is ignored) and returns it as stored. */
    CreditScore recordCreditScore(CreditScore score);

    /** The customer's credit score in force: the newest by {@code asOf}, then by recording. */
    Optional<CreditScore> latestCreditScore(String customerId);
}
