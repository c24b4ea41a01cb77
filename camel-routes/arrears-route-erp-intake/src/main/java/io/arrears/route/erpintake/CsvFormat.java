package io.arrears.route.erpintake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * How an ERP's invoice CSV is encoded.
 *
 * @param charset     text encoding when the file has no UTF-8 byte-order mark (a BOM always means UTF-8)
 * @param separator   field separator {@code ;}, {@code ,} or tab; null = detect from the header line
 * @param decimalMark decimal separator of amounts
 * @param datePattern {@link DateTimeFormatter} pattern of dates, resolved strictly (31.02. is an error)
 */
public record CsvFormat(Charset charset, Character separator, DecimalMark decimalMark, String datePattern) {

    public CsvFormat {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(decimalMark, "decimalMark");
        Objects.requireNonNull(datePattern, "datePattern");
        if (separator != null && separator != ';' && separator != ',' && separator != '\t') {
            throw new IllegalArgumentException("separator '" + separator + "' is not one of ; , or tab");
        }
        dateFormatter(datePattern); // fail at configuration time, not on the first row
    }

    /** UTF-8, separator detected, decimal mark by separator, ISO dates (yyyy-MM-dd). */
    public static CsvFormat defaults() {
        return new CsvFormat(StandardCharsets.UTF_8, null, DecimalMark.BY_SEPARATOR, "uuuu-MM-dd");
    }

    public CsvFormat withCharset(Charset c) {
        return new CsvFormat(c, separator, decimalMark, datePattern);
    }

    public CsvFormat withSeparator(Character s) {
        return new CsvFormat(charset, s, decimalMark, datePattern);
    }

    public CsvFormat withDecimalMark(DecimalMark d) {
        return new CsvFormat(charset, separator, d, datePattern);
    }

    public CsvFormat withDatePattern(String p) {
        return new CsvFormat(charset, separator, decimalMark, p);
    }

    DateTimeFormatter dateFormatter() {
        return dateFormatter(datePattern);
    }

    private static DateTimeFormatter dateFormatter(String pattern) {
        // 'uuuu' is the proleptic year STRICT needs; 'yyyy' would need an era
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
