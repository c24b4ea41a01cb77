package io.arrears.core.interest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reference-rate history read from CSV: header {@code valid_from,valid_to,reference_rate,source}, ISO dates
 * (both ends inclusive), the rate in percent per year, and where it was published (the rest of the line, so it may
 * contain commas). Lines starting with {@code #} and blank lines are comments. Rows must be in date order and
 * contiguous: a gap or an overlap is refused, because a calculator silently falling into a gap would invent a rate.
 *
 * <p>Bundled tables live next to this class as {@code rates-<JURISDICTION>.csv}; an administrator can put a newer
 * file with the same name into a directory and load it with {@link #fromDirectory(Path, Jurisdiction)} without a
 * rebuild.
 */
public final class RateTable {

    static final String HEADER = "valid_from,valid_to,reference_rate,source";

    private final String name;
    private final List<RateRow> rows;

    private RateTable(String name, List<RateRow> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    public static String fileName(Jurisdiction jurisdiction) {
        return "rates-" + jurisdiction.name() + ".csv";
    }

    /** The table bundled with this release. */
    public static RateTable bundled(Jurisdiction jurisdiction) {
        String file = fileName(jurisdiction);
        InputStream in = RateTable.class.getResourceAsStream(file);
        if (in == null) {
            throw new RateTableException("no bundled rate table " + file + " for " + jurisdiction);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(file, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled rate table " + file, e);
        }
    }

    /** {@code rates-<JURISDICTION>.csv} from an administrator's directory. */
    public static RateTable fromDirectory(Path directory, Jurisdiction jurisdiction) {
        return fromFile(directory.resolve(fileName(jurisdiction)));
    }

    public static RateTable fromFile(Path file) {
        return TableLines.fromFile(file, "rate table", RateTable::parse);
    }

    public static RateTable parse(String name, Reader source) {
        List<RateRow> rows = new ArrayList<>();
        for (TableLines.Line line : TableLines.read(name, source, HEADER, "rate table")) {
            rows.add(parseRow(name, line.number(), line.text()));
        }
        requireContiguous(name, rows);
        return new RateTable(name, rows);
    }

    private static RateRow parseRow(String name, int lineNo, String line) {
        String[] cells = line.split(",", 4);
        if (cells.length < 4) {
            throw new RateTableException(name + " line " + lineNo + ": expected 4 columns (" + HEADER + ") but found " + cells.length + " in '" + line + "'");
        }
        String where = name + " line " + lineNo + ": ";
        LocalDate from = date(where, "valid_from", cells[0]);
        LocalDate to = date(where, "valid_to", cells[1]);
        BigDecimal rate;
        try {
            rate = new BigDecimal(cells[2].strip());
        } catch (NumberFormatException e) {
            throw new RateTableException(where + "reference_rate '" + cells[2].strip() + "' is not a decimal number (use a dot, percent per year)", e);
        }
        try {
            return new RateRow(from, to, rate, cells[3].strip());
        } catch (IllegalArgumentException e) {
            throw new RateTableException(where + e.getMessage(), e);
        }
    }

    private static LocalDate date(String where, String column, String cell) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new RateTableException(where + column + " '" + cell.strip() + "' is not an ISO date (yyyy-MM-dd)", e);
        }
    }

    private static void requireContiguous(String name, List<RateRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            RateRow previous = rows.get(i - 1);
            RateRow next = rows.get(i);
            LocalDate expected = previous.validTo().plusDays(1);
            if (next.validFrom().isBefore(expected)) {
                throw new RateTableException(name + ": overlap — the period from " + next.validFrom() + " starts before the period "
                        + previous.validFrom() + ".." + previous.validTo() + " has ended (rows must be in date order, one rate per day)");
            }
            if (next.validFrom().isAfter(expected)) {
                throw new RateTableException(name + ": gap — no rate from " + expected + " to " + next.validFrom().minusDays(1)
                        + " (between the periods ending " + previous.validTo() + " and starting " + next.validFrom() + ")");
            }
        }
    }

    /**
     * {@code admin}'s rows over {@code base}'s: on every day an administrator's row covers, it replaces the bundled one;
     * bundled rows outside the administrator's periods stay. The result must still be contiguous (a gap between the
     * bundled table's end and the administrator's first row is refused, naming the administrator's file).
     */
    public static RateTable overlay(RateTable base, RateTable admin) {
        if (admin.rows.isEmpty()) {
            return base;
        }
        LocalDate adminFrom = admin.rows.get(0).validFrom();
        LocalDate adminTo = admin.rows.get(admin.rows.size() - 1).validTo();
        List<RateRow> merged = new ArrayList<>();
        for (RateRow row : base.rows) {
            if (row.validFrom().isBefore(adminFrom)) {
                LocalDate to = row.validTo().isBefore(adminFrom) ? row.validTo() : adminFrom.minusDays(1);
                merged.add(new RateRow(row.validFrom(), to, row.ratePercent(), row.source()));
            }
            if (row.validTo().isAfter(adminTo)) {
                LocalDate from = row.validFrom().isAfter(adminTo) ? row.validFrom() : adminTo.plusDays(1);
                merged.add(new RateRow(from, row.validTo(), row.ratePercent(), row.source()));
            }
        }
        merged.addAll(admin.rows);
        merged.sort(java.util.Comparator.comparing(RateRow::validFrom));
        requireContiguous(admin.name + " (over the bundled " + base.name + ")", merged);
        return new RateTable(admin.name + " over " + base.name, merged);
    }

    public String name() {
        return name;
    }

    public List<RateRow> rows() {
        return rows;
    }

    public Optional<RateRow> rowOn(LocalDate day) {
        return rows.stream().filter(r -> r.covers(day)).findFirst();
    }

    /** The row in force on {@code day}, or a clear error naming what the table covers. */
    public RateRow requireRowOn(LocalDate day) {
        return rowOn(day).orElseThrow(() -> new RateTableException("rate table " + name + " has no rate for " + day + " ("
                + (rows.isEmpty() ? "the table is empty" : "it covers " + rows.get(0).validFrom() + ".." + rows.get(rows.size() - 1).validTo())
                + "); an administrator must supply a newer " + name.substring(name.lastIndexOf('/') + 1)));
    }
}
