package io.arrears.route.erpintake;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The SQL type of an ERP table's watermark column: how it is read, compared, bound to {@code :watermark}
 * and kept as text in {@code intake_watermarks}.
 */
public enum WatermarkType {
    /** {@code TIMESTAMP} (without time zone): read and bound as LocalDateTime. */
    TIMESTAMP {
        @Override
        Comparable<?> read(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, LocalDateTime.class);
        }

        @Override
        Comparable<?> parse(String text) {
            return LocalDateTime.parse(text);
        }
    },
    /** {@code TIMESTAMP WITH TIME ZONE}: read and bound as OffsetDateTime. */
    TIMESTAMP_WITH_TIME_ZONE {
        @Override
        Comparable<?> read(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, OffsetDateTime.class);
        }

        @Override
        Comparable<?> parse(String text) {
            return OffsetDateTime.parse(text);
        }

        @Override
        int compare(Object a, Object b) {
            return ((OffsetDateTime) a).toInstant().compareTo(((OffsetDateTime) b).toInstant());
        }
    },
    /** A number: a row version, a change sequence, an id. */
    NUMBER {
        @Override
        Comparable<?> read(ResultSet rs, String column) throws SQLException {
            return rs.getBigDecimal(column);
        }

        @Override
        Comparable<?> parse(String text) {
            return new BigDecimal(text);
        }

        @Override
        String format(Object value) {
            return ((BigDecimal) value).toPlainString();
        }
    };

    abstract Comparable<?> read(ResultSet rs, String column) throws SQLException;

    abstract Comparable<?> parse(String text);

    String format(Object value) {
        return value.toString();
    }

    void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setObject(index, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** The configured initial watermark, checked at activation. */
    Comparable<?> parseConfigured(String text, String key) {
        try {
            return parse(text.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + text + "' is not a " + this + " value (e.g. "
                    + switch (this) {
                        case TIMESTAMP -> "1970-01-01T00:00:00";
                        case TIMESTAMP_WITH_TIME_ZONE -> "1970-01-01T00:00:00Z";
                        case NUMBER -> "0";
                    } + ")", e);
        }
    }
}
