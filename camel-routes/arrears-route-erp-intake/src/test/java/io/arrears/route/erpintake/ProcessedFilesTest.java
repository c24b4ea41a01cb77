package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.routes.support.JdbcIdempotentRepository;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The database idempotent repository of the file routes: claims, confirmations, and claims a dead node left behind. */
class ProcessedFilesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static JdbcIdempotentRepository at(TestDatabase db, Instant instant) {
        return new JdbcIdempotentRepository(db.dataSource(), "files", Clock.fixed(instant, ZoneOffset.UTC), Duration.ofHours(1));
    }

    @DatabaseTest
    void aConfirmedFileIsNeverTakenAgain(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), Clock.systemUTC()).migrate(db.dataSource());
        assertThat(at(db, T0).add("route/a.csv/hash")).isTrue();
        assertThat(at(db, T0).confirm("route/a.csv/hash")).isTrue();

        assertThat(at(db, T0.plusSeconds(1)).add("route/a.csv/hash")).isFalse();
        assertThat(at(db, T0.plus(Duration.ofDays(30))).add("route/a.csv/hash")).isFalse();
        assertThat(at(db, T0.plus(Duration.ofDays(30))).contains("route/a.csv/hash")).isTrue();
    }

    @DatabaseTest
    void aLiveClaimHoldsTheFileAndAnAbandonedOneIsTakenOverByExactlyOneNode(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), Clock.systemUTC()).migrate(db.dataSource());
        assertThat(at(db, T0).add("route/b.csv/hash")).isTrue(); // node 1 starts, then dies without confirming

        assertThat(at(db, T0.plus(Duration.ofMinutes(59))).add("route/b.csv/hash")).isFalse();
        assertThat(at(db, T0.plus(Duration.ofMinutes(59))).contains("route/b.csv/hash")).isTrue();

        Instant later = T0.plus(Duration.ofMinutes(61));
        assertThat(at(db, later).contains("route/b.csv/hash")).isFalse();
        assertThat(at(db, later).add("route/b.csv/hash")).isTrue();   // node 2 takes it over
        assertThat(at(db, later).add("route/b.csv/hash")).isFalse();  // node 3 in the same instant does not
        assertThat(db.queryLong("SELECT count(*) FROM intake_processed_files")).isEqualTo(1);
    }
}
