package io.arrears.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class MigrationRunnerTest {

    /** Every migration in the index; the expectations follow the catalog instead of a hard-coded count. */
    private static final int ALL = MigrationCatalog.load(DatabaseKind.H2).size();
    /** Versions have gaps (numbers are reserved per branch): the schema version is the highest one. */
    private static final int LATEST = MigrationCatalog.load(DatabaseKind.H2).get(ALL - 1).version();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final List<String> LEDGER_TABLES = List.of(
            "customers", "contacts", "items", "payments", "allocations", "reversals", "waivers", "ledger_events");
    private static final List<String> DUNNING_TABLES = List.of("dunning_runs", "notices", "notice_items", "dunning_blocks");

    @DatabaseTest
    void appliesEveryMigrationToAnEmptyDatabase(TestDatabase db) {
        MigrationResult result = MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());

        assertThat(result.kind()).isEqualTo(db.kind());
        assertThat(result.appliedNow()).extracting(Migration::label).containsExactly("V001 (ledger)", "V002 (dunning)", "V003 (ledger events)", "V004 (contact log)", "V005 (outbox)", "V006 (intake)", "V007 (dunning execution)", "V008 (dunning holds)", "V009 (notice charges)", "V010 (ledger positions)", "V011 (promises)", "V012 (payment plans)", "V013 (consequence consumption)", "V014 (profile overrides snapshots)", "V015 (profile config)", "V016 (case closures)", "V017 (agency placements)", "V018 (insurer)", "V019 (partner messages)", "V022 (cluster leases)", "V023 (outbox attempt started)", "V024 (intake progress)", "V028 (customer segment)", "V029 (credit scores)", "V031 (outbox cancelled)", "V032 (discount offers)");
        assertThat(result.schemaVersion()).isEqualTo(LATEST);
        assertThat(db.queryLong("SELECT count(*) FROM arrears_schema_version")).isEqualTo(ALL);
        assertThat(db.queryLong("SELECT count(*) FROM arrears_schema_version WHERE applied_at = TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00'"))
                .isEqualTo(ALL);
        for (String table : concat(LEDGER_TABLES, DUNNING_TABLES)) {
            assertThat(db.queryLong("SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @DatabaseTest
    void secondRunIsANoOp(TestDatabase db) {
        MigrationRunner runner = MigrationRunner.forDataSource(db.dataSource(), CLOCK);
        runner.migrate(db.dataSource());

        MigrationResult again = runner.migrate(db.dataSource());

        assertThat(again.appliedNow()).isEmpty();
        assertThat(again.schemaVersion()).isEqualTo(LATEST);
        assertThat(db.queryLong("SELECT count(*) FROM arrears_schema_version")).isEqualTo(ALL);
    }

    @DatabaseTest
    void appliesOnlyTheMigrationsNotYetApplied(TestDatabase db) {
        List<Migration> all = MigrationCatalog.load(db.kind());
        new MigrationRunner(db.kind(), all.subList(0, 1), CLOCK).migrate(db.dataSource());

        MigrationResult result = new MigrationRunner(db.kind(), all, CLOCK).migrate(db.dataSource());

        assertThat(result.appliedNow()).extracting(Migration::version)
                .containsExactlyElementsOf(all.subList(1, all.size()).stream().map(Migration::version).toList());
    }

    @DatabaseTest
    void refusesAnAppliedMigrationWhoseScriptChanged(TestDatabase db) {
        MigrationRunner runner = MigrationRunner.forDataSource(db.dataSource(), CLOCK);
        runner.migrate(db.dataSource());
        db.execute("UPDATE arrears_schema_version SET checksum = 'edited' WHERE version = 1");

        assertThatThrownBy(() -> runner.migrate(db.dataSource()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V001 (ledger) was changed after it was applied")
                .hasMessageContaining("checksum in database edited");
    }

    @DatabaseTest
    void refusesADatabaseMigratedByANewerVersion(TestDatabase db) {
        MigrationRunner runner = MigrationRunner.forDataSource(db.dataSource(), CLOCK);
        runner.migrate(db.dataSource());
        db.execute("INSERT INTO arrears_schema_version VALUES (99, 'future', 'x', TIMESTAMP WITH TIME ZONE '2030-01-01 00:00:00+00')");

        assertThatThrownBy(() -> runner.migrate(db.dataSource()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V99 which this Arrears version does not know");
    }

    @DatabaseTest
    void failingMigrationNamesItselfAndIsNotRecorded(TestDatabase db) {
        Migration broken = new Migration(1, "broken", List.of("CREATE TABLE nonsense (id NOT_A_TYPE)"), "c");

        assertThatThrownBy(() -> new MigrationRunner(db.kind(), List.of(broken), CLOCK).migrate(db.dataSource()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("migrating the " + db.kind() + " schema failed: schema migration V001 (broken)");
        // had V001 "broken" been recorded, the real V001 would now fail its checksum
        assertThat(MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource()).appliedNow()).hasSize(ALL);
    }

    @DatabaseTest
    void twoNodesStartingTogetherApplyEachMigrationOnce(TestDatabase db) throws Exception {
        MigrationRunner runner = MigrationRunner.forDataSource(db.dataSource(), CLOCK);
        CountDownLatch start = new CountDownLatch(1);
        Callable<MigrationResult> node = () -> {
            start.await();
            return runner.migrate(db.dataSource());
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MigrationResult> first = pool.submit(node);
            Future<MigrationResult> second = pool.submit(node);
            start.countDown();

            int applied = first.get(20, TimeUnit.SECONDS).appliedNow().size() + second.get(20, TimeUnit.SECONDS).appliedNow().size();

            assertThat(applied).isEqualTo(ALL);
            assertThat(db.queryLong("SELECT count(*) FROM arrears_schema_version")).isEqualTo(ALL);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
