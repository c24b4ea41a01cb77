package io.arrears.route.erpintake;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads an ERP's invoice export in CSV. The first non-blank line is a header naming the columns, in
 * any order, case-insensitive; unknown columns are an error (a typo must not silently drop data).
 *
 * <pre>
 * column              required  content
 * document_number     yes       invoice / credit note number
 * kind                no        INVOICE (default), CREDIT_NOTE or CANCELLATION
 * customer_id         yes       customer number in the ERP
 * customer_name       yes       customer name
 * tax_id              no        VAT / tax id (NIP, VKN, ...)
 * country             no        ISO 3166-1 alpha-2, e.g. PL
 * email               no        billing e-mail
 * issue_date          yes       date in the configured pattern (default yyyy-MM-dd)
 * due_date            no        date in the configured pattern
 * amount              yes       amount payable; a credit note or cancellation may be negative (the sign is dropped)
 * currency            yes       ISO 4217 code, e.g. EUR
 * referenced_invoice  no        for credit notes and cancellations: the invoice they refer to
 * payment_reference   no        reference the payer should quote (e.g. RF...)
 * source_document_id  no        unique id in the ERP, defaults to document_number
 * </pre>
 *
 * Encoding: a UTF-8 BOM means UTF-8; otherwise {@link CsvFormat#charset()} (e.g. windows-1250,
 * windows-1254). All row errors are collected: the first is thrown with the rest as suppressed
 * exceptions, each with line, column and reason.
 */
public final class CsvInvoiceParser {

    private static final int MAX_REPORTED_ERRORS = 100;
    private static final Pattern GROUPED_DECIMAL_POINT = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern GROUPED_DECIMAL_COMMA = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");

    private final CsvFormat format;
    private final DateTimeFormatter dates;

    public CsvInvoiceParser(CsvFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        this.dates = format.dateFormatter();
    }

    /**
     * @param in         the CSV bytes; read fully, not closed
     * @param sourceName file name for error reports
     * @return the invoices in file order
     * @throws IntakeParseException on the first bad row (further ones as suppressed exceptions)
     */
    public List<InvoiceRecord> parse(InputStream in, String sourceName) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + sourceName, e);
        }
        String text = StrictText.decode(bytes, format.charset(), sourceName);
        char separator = format.separator() != null ? format.separator() : CsvTokenizer.detectSeparator(text, sourceName);
        List<CsvRow> rows = CsvTokenizer.rows(text, separator, sourceName);
        if (rows.isEmpty()) {
            throw new IntakeParseException(sourceName, 0, null, "empty file: a header line is required");
        }
        Map<CsvColumn, Integer> columns = header(rows.get(0), sourceName);
        char decimal = decimalMark(separator);

        List<InvoiceRecord> records = new ArrayList<>();
        List<IntakeParseException> errors = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            try {
                records.add(new RowReader(row, columns, sourceName, decimal).read());
            } catch (IntakeParseException e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            IntakeParseException first = errors.get(0);
            errors.stream().skip(1).limit(MAX_REPORTED_ERRORS - 1L).forEach(first::addSuppressed);
            throw first;
        }
        return records;
    }

    private char decimalMark(char separator) {
        return switch (format.decimalMark()) {
            case POINT -> '.';
            case COMMA -> ',';
            case BY_SEPARATOR -> separator == ';' ? ',' : '.';
        };
    }

    private static Map<CsvColumn, Integer> header(CsvRow header, String sourceName) {
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            int index = i;
            CsvColumn column = CsvColumn.byHeader(name).orElseThrow(() -> new IntakeParseException(sourceName, header.line(),
                    "column " + (index + 1), "unknown column '" + name + "'; known: " + CsvColumn.allHeaders()));
            if (columns.put(column, i) != null) {
                throw new IntakeParseException(sourceName, header.line(), column.header, "column appears twice");
            }
        }
        for (CsvColumn c : CsvColumn.values()) {
            if (c.required && !columns.containsKey(c)) {
                throw new IntakeParseException(sourceName, header.line(), c.header, "required column is missing from the header");
            }
        }
        return columns;
    }

    /** Reads one data row; every failure names the column and the value. */
    private final class RowReader {
        private final CsvRow row;
        private final Map<CsvColumn, Integer> columns;
        private final String sourceName;
        private final char decimal;

        RowReader(CsvRow row, Map<CsvColumn, Integer> columns, String sourceName, char decimal) {
            this.row = row;
            this.columns = columns;
            this.sourceName = sourceName;
            this.decimal = decimal;
        }

        InvoiceRecord read() {
            int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            if (row.fields().size() != expected) {
                throw error(null, "has " + row.fields().size() + " fields, the header has " + expected
                        + " (unquoted separator in a value?)");
            }
            String number = required(CsvColumn.DOCUMENT_NUMBER);
            DocumentKind kind = kind();
            Currency currency = currency();
            BigDecimal amount = amount();
            if (amount.signum() < 0 && kind == DocumentKind.INVOICE) {
                throw error(CsvColumn.AMOUNT, "negative amount " + optional(CsvColumn.AMOUNT)
                        + " on an INVOICE: set kind CREDIT_NOTE or CANCELLATION");
            }
            Money money;
            try {
                money = new Money(amount.abs(), currency);
            } catch (IllegalArgumentException e) {
                throw error(CsvColumn.AMOUNT, e.getMessage());
            }
            LocalDate issue = date(CsvColumn.ISSUE_DATE);
            LocalDate due = date(CsvColumn.DUE_DATE);
            String sourceId = optional(CsvColumn.SOURCE_DOCUMENT_ID);
            String country = optional(CsvColumn.COUNTRY);
            if (country != null && !country.matches("[A-Za-z]{2}")) {
                throw error(CsvColumn.COUNTRY, "'" + country + "' is not a two-letter ISO 3166 country code");
            }
            String customerId = required(CsvColumn.CUSTOMER_ID);
            String customerName = required(CsvColumn.CUSTOMER_NAME);
            String taxId = optional(CsvColumn.TAX_ID);
            String email = optional(CsvColumn.EMAIL);
            String referenced = optional(CsvColumn.REFERENCED_INVOICE);
            String paymentRef = optional(CsvColumn.PAYMENT_REFERENCE);
            String segment = segment();
            String canonical = String.join("\u001f", number, kind.name(), customerId, customerName, nz(taxId),
                    nz(country), nz(email), issue.toString(), due == null ? "" : due.toString(), money.toString(),
                    nz(referenced), nz(paymentRef), nz(sourceId))
                    // only files naming a segment hash it, so files without the column keep their content hashes
                    + (segment == null ? "" : "\u001f" + segment);
            return new InvoiceRecord(sourceId != null ? sourceId : number, number, kind, customerId, customerName, taxId,
                    country == null ? null : country.toUpperCase(Locale.ROOT), email, issue, due, money, referenced,
                    paymentRef, ContentHash.of(canonical), segment);
        }

        private String segment() {
            try {
                return CustomerMasterData.normaliseSegment(optional(CsvColumn.SEGMENT));
            } catch (IllegalArgumentException e) {
                throw error(CsvColumn.SEGMENT, e.getMessage());
            }
        }

        private String nz(String s) {
            return s == null ? "" : s;
        }

        private String optional(CsvColumn c) {
            Integer i = columns.get(c);
            if (i == null) {
                return null;
            }
            String v = row.fields().get(i).strip();
            return v.isEmpty() ? null : v;
        }

        private String required(CsvColumn c) {
            String v = optional(c);
            if (v == null) {
                throw error(c, "value is required");
            }
            return v;
        }

        private DocumentKind kind() {
            String v = optional(CsvColumn.KIND);
            if (v == null) {
                return DocumentKind.INVOICE;
            }
            try {
                return DocumentKind.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(CsvColumn.KIND, "'" + v + "' is not INVOICE, CREDIT_NOTE or CANCELLATION");
            }
        }

        private Currency currency() {
            String v = required(CsvColumn.CURRENCY);
            try {
                return Currency.getInstance(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(CsvColumn.CURRENCY, "'" + v + "' is not an ISO 4217 currency code");
            }
        }

        private BigDecimal amount() {
            String raw = required(CsvColumn.AMOUNT);
            String compact = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
            // grouping marks only in groups of three before the decimal mark: "12.50" under decimal comma is an error, not 1250
            Pattern valid = decimal == ',' ? GROUPED_DECIMAL_COMMA : GROUPED_DECIMAL_POINT;
            if (!valid.matcher(compact).matches()) {
                throw error(CsvColumn.AMOUNT, "'" + raw + "' is not an amount with decimal mark '" + decimal + "'");
            }
            char grouping = decimal == ',' ? '.' : ',';
            return new BigDecimal(compact.replace(String.valueOf(grouping), "").replace(decimal, '.'));
        }

        private LocalDate date(CsvColumn c) {
            String v = c.required ? required(c) : optional(c);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v, dates);
            } catch (DateTimeParseException e) {
                throw error(c, "'" + v + "' is not a valid date in pattern " + format.datePattern());
            }
        }

        private IntakeParseException error(CsvColumn c, String reason) {
            return new IntakeParseException(sourceName, row.line(), c == null ? "row" : "column " + c.header, reason);
        }
    }
}
