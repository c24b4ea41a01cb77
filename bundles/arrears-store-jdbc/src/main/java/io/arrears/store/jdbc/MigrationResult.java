package io.arrears.store.jdbc;

import java.util.List;

/**
 * What one {@link MigrationRunner#migrate} call did.
 *
 * @param kind          the database migrated
 * @param appliedNow    migrations this call applied (empty when the schema was already current)
 * @param schemaVersion the schema version afterwards (0 for a bundle with no migrations)
 */
public record MigrationResult(DatabaseKind kind, List<Migration> appliedNow, int schemaVersion) {

    public MigrationResult {
        appliedNow = List.copyOf(appliedNow);
    }
}
