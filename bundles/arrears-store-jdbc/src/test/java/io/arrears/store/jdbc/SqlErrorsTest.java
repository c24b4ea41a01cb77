package io.arrears.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.store.DuplicateKeyException;
import io.arrears.api.store.StoreException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final String CUSTOMER = "INSERT INTO customers (erp_customer_id, name, created_at, updated_at) "
            + "VALUES ('C-1', 'Acme', TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00')";

    @DatabaseTest
    void uniqueViolationIsClassifiedTheSameOnEveryDatabase(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        db.execute(CUSTOMER);

        SQLException e = failure(db, CUSTOMER);

        assertThat(SqlErrors.isUniqueViolation(e)).isTrue();
        StoreException translated = SqlErrors.translate("inserting customer 'C-1'", e);
        assertThat(translated).isInstanceOf(DuplicateKeyException.class)
                .hasMessageStartingWith("inserting customer 'C-1' failed: ")
                .hasMessageContaining("SQLState 23505");
        assertThat(((DuplicateKeyException) translated).constraint()).isEqualTo("uk_customers_erp_customer_id");
    }

    @DatabaseTest
    void otherConstraintViolationsAreNotDuplicates(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());

        SQLException e = failure(db, "INSERT INTO contacts (customer_id, role, created_at) "
                + "VALUES (424242, 'BILLING', TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00')");

        assertThat(SqlErrors.isUniqueViolation(e)).isFalse();
        assertThat(SqlErrors.translate("inserting contact", e)).isNotInstanceOf(DuplicateKeyException.class)
                .hasMessageStartingWith("inserting contact failed: ");
    }

    @Test
    void h2VendorCodeAloneIsEnough() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("dup", "HY000", 23505))).isTrue();
    }

    @Test
    void sqlStateAloneIsEnoughAsPostgresReportsIt() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("dup", "23505", 0))).isTrue();
    }

    @Test
    void violationBehindABatchsNextExceptionIsFound() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "25P02", 0, new int[0]);
        batch.setNextException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uk_payments_external_key\"", "23505", 0));

        StoreException translated = SqlErrors.translate("inserting payments", batch);

        assertThat(translated).isInstanceOf(DuplicateKeyException.class);
        assertThat(((DuplicateKeyException) translated).constraint()).isEqualTo("uk_payments_external_key");
    }

    @Test
    void otherStatesAreNotDuplicates() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("fk", "23503", 23506))).isFalse();
    }

    @Test
    void h2ConstraintNameIsTakenFromItsIndexName() {
        SQLException e = new SQLException("Unique index or primary key violation: \"PUBLIC.UK_ITEMS_DOCUMENT_INDEX_4 ON "
                + "PUBLIC.ITEMS(CUSTOMER_ID NULLS FIRST, KIND NULLS FIRST) VALUES ( /* 1 */ 1 )\"", "23505", 23505);

        assertThat(SqlErrors.constraintName(e)).isEqualTo("uk_items_document");
    }

    private static SQLException failure(TestDatabase db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected " + sql + " to fail on " + db.kind());
    }
}
