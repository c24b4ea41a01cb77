package io.arrears.store.jdbc;

import io.arrears.api.store.DuplicateKeyException;
import io.arrears.api.store.StoreException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns {@link SQLException} into the store's domain exceptions, the same way on H2 and PostgreSQL. */
public final class SqlErrors {

    /** SQLState class 23 "integrity constraint violation", subclass 505 "unique violation". */
    static final String UNIQUE_VIOLATION_STATE = "23505";
    /** H2 reports its own code ErrorCode.DUPLICATE_KEY_1; PostgreSQL leaves the vendor code at 0. */
    static final int H2_DUPLICATE_KEY = 23505;

    // PostgreSQL: duplicate key value violates unique constraint "uk_payments_external_key"
    private static final Pattern POSTGRES_CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");
    // H2: Unique index or primary key violation: "PUBLIC.UK_PAYMENTS_EXTERNAL_KEY_INDEX_8 ON PUBLIC.PAYMENTS(...)"
    private static final Pattern H2_CONSTRAINT = Pattern.compile(
            "violation: \"(?:[^\". ]+\\.)?([^\". ]+?)(?:_INDEX_[0-9A-F]+)? ON ");

    private SqlErrors() {
    }

    /** True when this exception, or one chained to it, reports a unique-key violation. */
    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SQLException sql
                    && (UNIQUE_VIOLATION_STATE.equals(sql.getSQLState()) || sql.getErrorCode() == H2_DUPLICATE_KEY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The domain exception for a failed {@code operation} ("inserting payment 'BANK-42'"): a
     * {@link DuplicateKeyException} for unique violations, a {@link StoreException} otherwise.
     */
    public static StoreException translate(String operation, SQLException e) {
        String message = operation + " failed: " + firstLine(e.getMessage())
                + " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")";
        if (isUniqueViolation(e)) {
            return new DuplicateKeyException(message, constraintName(e), e);
        }
        return new StoreException(message, e);
    }

    /** Best effort: the violated constraint in lower case, {@code ""} when the message does not name it. */
    static String constraintName(SQLException e) {
        for (Throwable t : chain(e)) {
            String text = t.getMessage() == null ? "" : t.getMessage();
            for (Pattern pattern : new Pattern[] {POSTGRES_CONSTRAINT, H2_CONSTRAINT}) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }

    /** The exception, its causes and (for batches) its next exceptions; bounded against cycles. */
    private static List<Throwable> chain(SQLException e) {
        List<Throwable> seen = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty() && seen.size() < 32) {
            Throwable t = todo.pop();
            if (seen.stream().noneMatch(s -> s == t)) {
                seen.add(t);
                if (t.getCause() != null) {
                    todo.add(t.getCause());
                }
                if (t instanceof SQLException sql && sql.getNextException() != null) {
                    todo.add(sql.getNextException());
                }
            }
        }
        return seen;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
