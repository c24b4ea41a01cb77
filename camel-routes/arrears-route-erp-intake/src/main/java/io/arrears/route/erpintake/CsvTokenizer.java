package io.arrears.route.erpintake;

import io.arrears.api.intake.IntakeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 style splitting: fields may be quoted with {@code "}, a quote inside a quoted field is
 * doubled, quoted fields may contain separators and line breaks. Blank lines are skipped.
 */
final class CsvTokenizer {

    private CsvTokenizer() {
    }

    /** The separator of the header line: whichever of {@code ;}, tab, {@code ,} occurs most outside quotes. */
    static char detectSeparator(String text, String sourceName) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        int max = Math.max(semicolons, Math.max(commas, tabs));
        if (max == 0) {
            throw new IntakeParseException(sourceName, 1, "header", "no field separator (; , or tab) found in the header line");
        }
        if ((semicolons == max ? 1 : 0) + (commas == max ? 1 : 0) + (tabs == max ? 1 : 0) > 1) {
            throw new IntakeParseException(sourceName, 1, "header",
                    "field separator is ambiguous (" + semicolons + " ';', " + commas + " ',', " + tabs + " tabs): configure it");
        }
        return semicolons == max ? ';' : tabs == max ? '\t' : ',';
    }

    static List<CsvRow> rows(String text, char separator, String sourceName) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int quoteLine = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (!field.toString().isBlank()) {
                    throw new IntakeParseException(sourceName, line, "field " + (fields.size() + 1),
                            "quote inside an unquoted field: quote the whole field and double inner quotes");
                }
                field.setLength(0);
                quoted = true;
                fieldWasQuoted = true;
                quoteLine = line;
            } else if (c == separator) {
                fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, fieldWasQuoted, rowStart);
                fieldWasQuoted = false;
                line++;
                rowStart = line;
            } else if (fieldWasQuoted) {
                if (!Character.isWhitespace(c)) {
                    throw new IntakeParseException(sourceName, line, "field " + (fields.size() + 1),
                            "text after the closing quote");
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IntakeParseException(sourceName, quoteLine, "field " + (fields.size() + 1), "quoted field is never closed");
        }
        endRow(rows, fields, field, fieldWasQuoted, rowStart);
        return rows;
    }

    private static void endRow(List<CsvRow> rows, List<String> fields, StringBuilder field, boolean wasQuoted, int line) {
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted;
        if (!blank) {
            rows.add(new CsvRow(line, List.copyOf(fields)));
        }
        fields.clear();
    }
}
