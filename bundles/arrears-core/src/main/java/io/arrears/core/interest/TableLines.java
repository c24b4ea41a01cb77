package io.arrears.core.interest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The shape the interest package's table files share (rate tables, exchange-rate tables): UTF-8, blank lines and
 * {@code #} comments skipped, a fixed header line first, then data lines reported with their line numbers so an
 * administrator's mistake is named by file and line.
 */
final class TableLines {

    /** One data line, stripped. */
    record Line(int number, String text) {
    }

    private TableLines() {
    }

    /** Parses {@code file} with {@code parse} (given the file's name and a reader); {@code what} names it in errors. */
    static <T> T fromFile(Path file, String what, BiFunction<String, Reader, T> parse) {
        if (!Files.isRegularFile(file)) {
            throw new RateTableException(what + " " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
    }

    /** The data lines after {@code header}; refuses a file whose first line is not the header, or without one. */
    static List<Line> read(String name, Reader source, String header, String what) {
        List<Line> lines = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            BufferedReader reader = new BufferedReader(source);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(header)) {
                        throw new RateTableException(name + " line " + lineNo + ": expected header '" + header + "' but found '" + trimmed + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                lines.add(new Line(lineNo, trimmed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + name, e);
        }
        if (!headerSeen) {
            throw new RateTableException(name + ": missing header '" + header + "'");
        }
        return lines;
    }
}
