package io.arrears.store.jdbc.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.ProfileSnapshot;
import io.arrears.api.profile.StoredOverride;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

class JdbcProfileStoreTest {

    private static final Instant T1 = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-12T15:30:00Z");

    private static JdbcProfileStore store(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), Clock.fixed(T1, ZoneOffset.UTC)).migrate(db.dataSource());
        return new JdbcProfileStore(db.dataSource());
    }

    private static StoredOverride override(String customer, BehaviourType type, String by, Instant at) {
        return new StoredOverride(0, customer, type, "knows the owner", by, at, BehaviourType.PESSIMIST, 0.6234,
                "{\"RESPONSE_RATE\":0.2}", Optional.empty(), Optional.empty());
    }

    @DatabaseTest
    void oneActiveOverridePerCustomerANewOneReplacesItAndHistoryKeepsBoth(TestDatabase db) {
        JdbcProfileStore store = store(db);

        StoredOverride first = store.placeOverride(override("C-1", BehaviourType.STRUGGLING, "carla", T1));
        StoredOverride second = store.placeOverride(override("C-1", BehaviourType.EASYGOING, "mia", T2));
        store.placeOverride(override("C-2", BehaviourType.DOMINANT, "carla", T1));

        assertThat(first.id()).isPositive();
        assertThat(first.confidenceAtOverride()).isEqualTo(0.6234);
        assertThat(first.signalsJson()).isEqualTo("{\"RESPONSE_RATE\":0.2}");
        assertThat(store.activeOverride("C-1")).contains(second);
        assertThat(store.overrideHistory("C-1")).hasSize(2).first().satisfies(o -> {
            assertThat(o.active()).isFalse();
            assertThat(o.clearedBy()).contains("mia");
            assertThat(o.clearedAt()).contains(T2);
        });

        assertThat(store.clearOverride("C-1", "system", T2)).isTrue();
        assertThat(store.clearOverride("C-1", "system", T2)).isFalse();
        assertThat(store.activeOverride("C-1")).isEmpty();
        assertThat(store.activeOverride("C-2")).isPresent();
    }

    @DatabaseTest
    void anUnknownTypeIsNeverStoredAsOverride(TestDatabase db) {
        JdbcProfileStore store = store(db);

        assertThatThrownBy(() -> store.placeOverride(override("C-1", BehaviourType.UNKNOWN, "carla", T1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
        assertThat(store.overrideHistory("C-1")).isEmpty();
    }

    @DatabaseTest
    void snapshotsNewestFirst(TestDatabase db) {
        JdbcProfileStore store = store(db);
        ProfileSnapshot older = store.saveSnapshot(snapshot("C-1", T1, 40, "a"));
        ProfileSnapshot newer = store.saveSnapshot(snapshot("C-1", T2, 65, "b"));
        store.saveSnapshot(snapshot("C-2", T2, 10, "c"));

        assertThat(store.latestSnapshot("C-1")).contains(newer);
        assertThat(store.snapshots("C-1", 5)).containsExactly(newer, older);
        assertThat(newer.riskScore()).isEqualTo(65);
        assertThat(newer.factorsJson()).isEqualTo("[{\"factor\":\"UNPAID_INVOICES\"}]");
        assertThat(store.latestSnapshot("C-9")).isEmpty();
    }

    @DatabaseTest
    void configVersionsAreKeptAndAConcurrentSaveOfTheSameVersionIsADuplicate(TestDatabase db) {
        JdbcProfileStore store = store(db);
        assertThat(store.currentConfig(ConfigKind.PLAYBOOKS)).isEmpty();

        store.saveConfig(ConfigKind.PLAYBOOKS, 1, "{\"v\":1}", "mia", T1);
        store.saveConfig(ConfigKind.PLAYBOOKS, 2, "{\"v\":2}", "max", T2);
        store.saveConfig(ConfigKind.EXCUSES, 1, "{\"e\":1}", "mia", T1);

        assertThat(store.currentConfig(ConfigKind.PLAYBOOKS)).hasValueSatisfying(d -> {
            assertThat(d.version()).isEqualTo(2);
            assertThat(d.json()).isEqualTo("{\"v\":2}");
            assertThat(d.savedBy()).isEqualTo("max");
            assertThat(d.savedAt()).isEqualTo(T2);
        });
        assertThat(store.configHistory(ConfigKind.PLAYBOOKS)).extracting(d -> d.version()).containsExactly(2, 1);
        assertThatThrownBy(() -> store.saveConfig(ConfigKind.PLAYBOOKS, 2, "{\"v\":3}", "carla", T2))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("PLAYBOOKS version 2");
        assertThat(store.currentConfig(ConfigKind.PLAYBOOKS).orElseThrow().json()).isEqualTo("{\"v\":2}");
    }

    @DatabaseTest
    void closuresWithAndWithoutOutcomeFigures(TestDatabase db) {
        JdbcProfileStore store = store(db);
        CaseClosure full = store.recordClosure(new CaseClosure(0, "C-1", "carla", T1, true, "", "call earlier",
                BehaviourType.STRUGGLING, "STRUGGLING v0", "PHONE", "INSTALMENT_PLAN", 3, 2, OptionalInt.of(12),
                Optional.of(Money.of("1500.00", "EUR"))));
        CaseClosure bare = store.recordClosure(new CaseClosure(0, "C-2", "mia", T2, false, "letter in the wrong language", "",
                BehaviourType.UNKNOWN, "UNKNOWN v0", "EMAIL", "NONE", 0, 0, OptionalInt.empty(), Optional.empty()));

        assertThat(store.closures()).containsExactly(full, bare);
        assertThat(store.closures("C-1")).containsExactly(full);
        assertThat(full.daysToPayAfterContact()).hasValue(12);
        assertThat(full.amountRecovered()).contains(Money.of("1500.00", "EUR"));
        assertThat(bare.daysToPayAfterContact()).isEmpty();
        assertThat(bare.amountRecovered()).isEmpty();
        assertThat(bare.satisfied()).isFalse();
    }

    private static ProfileSnapshot snapshot(String customer, Instant at, int risk, String fingerprintSeed) {
        return new ProfileSnapshot(0, customer, at, BehaviourType.CHRONIC_LATE, BehaviourType.CHRONIC_LATE, 0.71, risk,
                fingerprintSeed.repeat(64), "{}", "[{\"factor\":\"UNPAID_INVOICES\"}]", "[]");
    }
}
