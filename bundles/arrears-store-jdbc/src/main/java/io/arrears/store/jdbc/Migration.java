package io.arrears.store.jdbc;

import java.util.List;

/**
 * One versioned schema script for one dialect.
 *
 * @param version    the number in {@code V001__ledger.sql}
 * @param description the words after {@code __}, underscores as spaces
 * @param statements the script's statements, in order, without their terminating {@code ;}
 * @param checksum   SHA-256 (hex) of the script text with line endings normalised
 */
public record Migration(int version, String description, List<String> statements, String checksum) {

    public Migration {
        statements = List.copyOf(statements);
    }

    /** {@code V001 (ledger)}: how messages name a migration. */
    public String label() {
        return String.format("V%03d (%s)", version, description);
    }
}
