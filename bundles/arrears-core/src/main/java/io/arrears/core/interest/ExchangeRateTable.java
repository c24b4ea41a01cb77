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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Daily exchange rates of one currency pair read from CSV: header {@code date,rate,source}, one ISO date per row, the
 * price of one unit of the base currency in the quote currency (e.g. NBP table A average EUR rate in PLN), and where
 * it was published (the rest of the line). {@code #} lines and blank lines are comments. Dates must be strictly
 * increasing; days without a publication (weekends, holidays) simply have no row, so nothing is interpolated.
 *
 * <p>Bundled tables live next to this class as {@code fx/<BASE>-<QUOTE>.csv}; an administrator's file of the same
 * name in the rates folder is laid over it ({@link #overlay}), the same way as {@link RateTable}.
 */
public final class ExchangeRateTable {

    static final String HEADER = "date,rate,source";

    private final String name;
    private final Map<LocalDate, ExchangeRateRow> rows;

    private ExchangeRateTable(String name, Map<LocalDate, ExchangeRateRow> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** {@code fx/EUR-PLN.csv}: the path of a pair's table below the bundled resources and the administrators' folder. */
    public static String fileName(String base, String quote) {
        return "fx/" + base + "-" + quote + ".csv";
    }

    /** The table bundled with this release. */
    public static ExchangeRateTable bundled(String base, String quote) {
        String file = fileName(base, quote);
        InputStream in = ExchangeRateTable.class.getResourceAsStream(file);
        if (in == null) {
            throw new RateTableException("no bundled exchange-rate table " + file);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(file, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled exchange-rate table " + file, e);
        }
    }

    public static ExchangeRateTable fromFile(Path file) {
        return TableLines.fromFile(file, "exchange-rate table", ExchangeRateTable::parse);
    }

    public static ExchangeRateTable parse(String name, Reader source) {
        TreeMap<LocalDate, ExchangeRateRow> rows = new TreeMap<>();
        for (TableLines.Line line : TableLines.read(name, source, HEADER, "exchange-rate table")) {
            ExchangeRateRow row = parseRow(name, line.number(), line.text());
            if (!rows.isEmpty() && !row.date().isAfter(rows.lastKey())) {
                throw new RateTableException(name + " line " + line.number() + ": date " + row.date() + " is not after the previous row's "
                        + rows.lastKey() + " (rows must be in date order, one rate per day)");
            }
            rows.put(row.date(), row);
        }
        return new ExchangeRateTable(name, rows);
    }

    private static ExchangeRateRow parseRow(String name, int lineNo, String line) {
        String where = name + " line " + lineNo + ": ";
        String[] cells = line.split(",", 3);
        if (cells.length < 3) {
            throw new RateTableException(where + "expected 3 columns (" + HEADER + ") but found " + cells.length + " in '" + line + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
            throw new RateTableException(where + "date '" + cells[0].strip() + "' is not an ISO date (yyyy-MM-dd)", e);
        }
        if (cells[2].strip().matches("\\d+(,.*)?")) { // "4,3480,NBP …": a decimal comma split the rate
            throw new RateTableException(where + "rate '" + cells[1].strip() + "' is followed by '," + cells[2].strip().split(",", 2)[0]
                    + "': write the rate with a dot (" + cells[1].strip() + "." + cells[2].strip().split(",", 2)[0] + ")");
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(cells[1].strip());
        } catch (NumberFormatException e) {
            throw new RateTableException(where + "rate '" + cells[1].strip() + "' is not a decimal number (use a dot)", e);
        }
        try {
            return new ExchangeRateRow(date, rate, cells[2].strip());
        } catch (IllegalArgumentException e) {
            throw new RateTableException(where + e.getMessage(), e);
        }
    }

    /** {@code admin}'s rows over {@code base}'s: on a date both have, the administrator's row counts. */
    public static ExchangeRateTable overlay(ExchangeRateTable base, ExchangeRateTable admin) {
        if (admin.rows.isEmpty()) {
            return base;
        }
        TreeMap<LocalDate, ExchangeRateRow> merged = new TreeMap<>(base.rows);
        merged.putAll(admin.rows);
        return new ExchangeRateTable(admin.name + " over " + base.name, merged);
    }

    public String name() {
        return name;
    }

    public List<ExchangeRateRow> rows() {
        return new ArrayList<>(rows.values());
    }

    /** The rate published on exactly {@code day}; empty when the table has none (never the nearest other day). */
    public Optional<ExchangeRateRow> rateOn(LocalDate day) {
        return Optional.ofNullable(rows.get(day));
    }
}
