package io.arrears.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The H2 and PostgreSQL scripts must build the same tables, columns and named constraints. */
@EnabledIf("io.arrears.store.jdbc.TestDatabases#postgresEnabled")
class SchemaEquivalenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    /** Each database's name for the same SQL type. */
    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("character varying", "varchar"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("int8", "bigint"),
            Map.entry("int4", "integer"), Map.entry("bool", "boolean"),
            Map.entry("binary large object", "bytea"));

    @Test
    void bothDialectsBuildTheSameSchema() throws SQLException {
        try (TestDatabase h2 = TestDatabases.create(DatabaseKind.H2, "equivalence");
             TestDatabase postgres = TestDatabases.create(DatabaseKind.POSTGRESQL, "equivalence")) {
            MigrationRunner.forDataSource(h2.dataSource(), CLOCK).migrate(h2.dataSource());
            MigrationRunner.forDataSource(postgres.dataSource(), CLOCK).migrate(postgres.dataSource());

            assertThat(columns(postgres)).isEqualTo(columns(h2)).hasSizeGreaterThan(80);
            assertThat(constraints(postgres)).isEqualTo(constraints(h2)).hasSizeGreaterThan(40);
        }
    }

    /** "table.column type(size,digits) nullable" for every column of the current schema. */
    private static Set<String> columns(TestDatabase db) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    if (lower(rs.getString("TABLE_NAME")).startsWith("arrears_schema_")) {
                        continue; // the runner's own bookkeeping, which differs by design (H2 lock table)
                    }
                    String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    columns.add(lower(rs.getString("TABLE_NAME")) + "." + lower(rs.getString("COLUMN_NAME")) + " "
                            + TYPE_NAMES.getOrDefault(type, type) + size(type, rs) + " " + rs.getString("IS_NULLABLE"));
                }
            }
        }
        return columns;
    }

    private static String size(String type, ResultSet rs) throws SQLException {
        return switch (TYPE_NAMES.getOrDefault(type, type)) {
            case "varchar", "char" -> "(" + rs.getInt("COLUMN_SIZE") + ")";
            case "numeric" -> "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")";
            default -> "";
        };
    }

    /** Named constraints (pk_, uk_, fk_, ck_) with their type and table. */
    private static Set<String> constraints(TestDatabase db) throws SQLException {
        Set<String> constraints = new TreeSet<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT constraint_name, constraint_type, table_name "
                     + "FROM information_schema.table_constraints WHERE table_schema = '" + c.getSchema() + "'")) {
            while (rs.next()) {
                String name = lower(rs.getString(1));
                if (name.matches("(pk|uk|fk|ck)_.*")) {
                    constraints.add(lower(rs.getString(3)) + "." + name + " " + rs.getString(2));
                }
            }
        }
        return constraints;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
