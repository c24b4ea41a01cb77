package io.arrears.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits a migration script into statements. Deliberately simple rule, enough for DDL: a statement
 * ends with {@code ;} at the end of a line; lines starting with {@code --} are comments. Inside a
 * {@code $$ ... $$} block (a PostgreSQL function body) a line ending in {@code ;} does not end the
 * statement.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inDollarQuote = false;
        for (String line : normalise(script).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (dollarQuotes(trimmed) % 2 == 1) {
                inDollarQuote = !inDollarQuote;
            }
            if (trimmed.endsWith(";") && !inDollarQuote) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static int dollarQuotes(String line) {
        int count = 0;
        for (int at = line.indexOf("$$"); at >= 0; at = line.indexOf("$$", at + 2)) {
            count++;
        }
        return count;
    }

    /** SHA-256 of the script; CRLF and LF checkouts of the same file give the same checksum. */
    static String checksum(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(script).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    private static String normalise(String script) {
        return script.replace("\r\n", "\n").replace('\r', '\n');
    }
}
