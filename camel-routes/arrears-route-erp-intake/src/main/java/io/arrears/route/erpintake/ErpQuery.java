package io.arrears.route.erpintake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrator's SELECT against the ERP database: rows whose watermark column is greater than
 * {@code :watermark}, ordered by it. A batch ends after {@code batchSize} rows, but never between two rows
 * with the same watermark, so the next batch can start strictly after the last watermark without
 * skipping a row. The order and the {@code >} are checked on every row: a query that breaks them fails
 * with a clear error instead of silently re-reading or skipping rows.
 */
public final class ErpQuery {

    /** {@code :watermark}, not a PostgreSQL {@code ::cast}. */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):watermark\\b");

    private final String sql;
    private final int parameterCount;
    private final Map<InvoiceField, String> columns;
    private final String watermarkColumn;
    private final WatermarkType watermarkType;
    private final int batchSize;

    /**
     * @param columns columns per field; a field without an entry is read from the column named like it
     *                ({@code due_date}) when the query returns one
     */
    public ErpQuery(String sql, Map<InvoiceField, String> columns, String watermarkColumn, WatermarkType watermarkType,
            int batchSize) {
        Objects.requireNonNull(sql, "sql");
        Matcher m = PARAMETER.matcher(sql);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("the ERP query must compare the watermark column with :watermark, e.g. "
                    + "WHERE updated_at > :watermark ORDER BY updated_at");
        }
        if (watermarkColumn == null || watermarkColumn.isBlank()) {
            throw new IllegalArgumentException("watermark.column is required");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch.size must be at least 1, was " + batchSize);
        }
        this.sql = PARAMETER.matcher(sql).replaceAll("?");
        this.parameterCount = count;
        this.columns = Map.copyOf(columns);
        this.watermarkColumn = watermarkColumn.strip();
        this.watermarkType = Objects.requireNonNull(watermarkType, "watermarkType");
        this.batchSize = batchSize;
    }

    public WatermarkType watermarkType() {
        return watermarkType;
    }

    /** One row: its values per field, its watermark, and how an operator finds it. */
    public record Row(Map<InvoiceField, Object> values, Object watermark, String name) {
    }

    /** @param more true when rows after {@code lastWatermark} were left for the next batch */
    public record Batch(List<Row> rows, Object lastWatermark, boolean more) {
    }

    /** Reads the batch after {@code watermark} on a read-only connection of the ERP database. */
    public Batch read(Connection erp, Object watermark) throws SQLException {
        erp.setReadOnly(true);
        erp.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
        try (PreparedStatement ps = erp.prepareStatement(sql)) {
            ps.setFetchSize(batchSize + 1);
            for (int i = 1; i <= parameterCount; i++) {
                watermarkType.bind(ps, i, watermark);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return read(rs, watermark);
            }
        } finally {
            erp.rollback();
        }
    }

    private Batch read(ResultSet rs, Object start) throws SQLException {
        Map<InvoiceField, Integer> indexes = indexes(rs.getMetaData());
        List<Row> rows = new ArrayList<>();
        Object last = start;
        while (rs.next()) {
            Object mark = watermarkType.read(rs, watermarkColumn);
            if (mark == null) {
                throw new IllegalStateException("ERP row after watermark " + last + " has no " + watermarkColumn
                        + "; the query must select only rows with a watermark");
            }
            if (watermarkType.compare(mark, start) <= 0) {
                throw new IllegalStateException("ERP query returned " + watermarkColumn + " " + mark + ", not after :watermark "
                        + start + "; compare with '>' (rows at the watermark were read already)");
            }
            int order = watermarkType.compare(mark, last);
            if (order < 0) {
                throw new IllegalStateException("ERP query returned " + watermarkColumn + " " + mark + " after " + last
                        + "; it must ORDER BY " + watermarkColumn);
            }
            if (rows.size() >= batchSize && order > 0) {
                return new Batch(rows, last, true);
            }
            Map<InvoiceField, Object> values = new EnumMap<>(InvoiceField.class);
            for (Map.Entry<InvoiceField, Integer> e : indexes.entrySet()) {
                values.put(e.getKey(), rs.getObject(e.getValue()));
            }
            Object id = values.getOrDefault(InvoiceField.SOURCE_DOCUMENT_ID, values.get(InvoiceField.DOCUMENT_NUMBER));
            rows.add(new Row(values, mark, "ERP row " + watermarkColumn + "=" + watermarkType.format(mark) + ", document " + id));
            last = mark;
        }
        return new Batch(rows, last, false);
    }

    private Map<InvoiceField, Integer> indexes(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            byLabel.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        if (!byLabel.containsKey(watermarkColumn.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("the ERP query returns no watermark column '" + watermarkColumn + "'; it has "
                    + byLabel.keySet());
        }
        Map<InvoiceField, Integer> indexes = new EnumMap<>(InvoiceField.class);
        for (InvoiceField field : InvoiceField.values()) {
            String configured = columns.get(field);
            String column = configured != null ? configured : field.key();
            Integer index = byLabel.get(column.toLowerCase(Locale.ROOT));
            if (index != null) {
                indexes.put(field, index);
            } else if (configured != null || field.required) {
                throw new IllegalStateException("the ERP query returns no column '" + column + "' for field " + field.key()
                        + "; it has " + byLabel.keySet());
            }
        }
        return indexes;
    }
}
