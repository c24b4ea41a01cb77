package io.arrears.route.erpintake;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the values of one ERP row or JSON object, already picked per {@link InvoiceField}, into an
 * {@link InvoiceRecord}. Values come typed (JDBC: BigDecimal, java.sql.Date, Boolean; JSON: numbers as
 * BigDecimal, strings); strings are read strictly: amounts with a decimal point, dates ISO or in the
 * configured pattern. A row flagged {@link InvoiceField#CANCELLED} becomes a cancellation of its own
 * document number. The content hash covers the mapped values, so re-reading an unchanged row is a no-op
 * and any change of amount, due date or status is an update.
 */
public final class InvoiceFieldMapper {

    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "1", "x", "cancelled", "canceled", "storno");
    private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "0", "", "active", "open");

    private final DateTimeFormatter dates;
    private final String datePattern;

    /** @param datePattern java.time pattern for dates given as text that are not ISO {@code yyyy-MM-dd} */
    public InvoiceFieldMapper(String datePattern) {
        this.datePattern = Objects.requireNonNull(datePattern, "datePattern");
        this.dates = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * @param values     the record's values; absent and null mean empty
     * @param recordName how an operator finds the record, e.g. {@code ERP row invoice_id=42}
     * @throws IntakeParseException naming the field, the value and the reason
     */
    public InvoiceRecord map(Map<InvoiceField, Object> values, String recordName) {
        Row row = new Row(values, recordName);
        String number = row.required(InvoiceField.DOCUMENT_NUMBER);
        boolean cancelled = row.flag(InvoiceField.CANCELLED);
        DocumentKind kind = cancelled ? DocumentKind.CANCELLATION : row.kind();
        Currency currency = row.currency();
        BigDecimal amount = row.amount();
        if (amount.signum() < 0 && kind == DocumentKind.INVOICE) {
            throw row.error(InvoiceField.AMOUNT, "negative amount " + amount.toPlainString()
                    + " on an INVOICE: set kind CREDIT_NOTE or CANCELLATION");
        }
        Money money;
        try {
            money = new Money(amount.abs(), currency);
        } catch (IllegalArgumentException e) {
            throw row.error(InvoiceField.AMOUNT, e.getMessage());
        }
        LocalDate issue = row.date(InvoiceField.ISSUE_DATE);
        LocalDate due = row.date(InvoiceField.DUE_DATE);
        String country = row.optional(InvoiceField.COUNTRY);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw row.error(InvoiceField.COUNTRY, "'" + country + "' is not a two-letter ISO 3166 country code");
        }
        String sourceId = row.optional(InvoiceField.SOURCE_DOCUMENT_ID);
        String customerId = row.required(InvoiceField.CUSTOMER_ID);
        String customerName = row.required(InvoiceField.CUSTOMER_NAME);
        String taxId = row.optional(InvoiceField.TAX_ID);
        String email = row.optional(InvoiceField.EMAIL);
        String referenced = row.optional(InvoiceField.REFERENCED_INVOICE);
        String paymentRef = row.optional(InvoiceField.PAYMENT_REFERENCE);
        String segment;
        try {
            segment = CustomerMasterData.normaliseSegment(row.optional(InvoiceField.SEGMENT));
        } catch (IllegalArgumentException e) {
            throw row.error(InvoiceField.SEGMENT, e.getMessage());
        }
        String canonical = String.join("\u001f", number, kind.name(), customerId, customerName, nz(taxId), nz(country),
                nz(email), issue.toString(), due == null ? "" : due.toString(), money.toString(), nz(referenced),
                nz(paymentRef), nz(sourceId))
                // only rows naming a segment hash it, so rows without one keep their content hashes
                + (segment == null ? "" : "\u001f" + segment);
        return new InvoiceRecord(sourceId != null ? sourceId : number, number, kind, customerId, customerName, taxId,
                country == null ? null : country.toUpperCase(Locale.ROOT), email, issue, due, money, referenced, paymentRef,
                ContentHash.of(canonical), segment);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One record's values with the conversions; every failure names the field. */
    private final class Row {
        private final Map<InvoiceField, Object> values;
        private final String name;

        Row(Map<InvoiceField, Object> values, String name) {
            this.values = values;
            this.name = name;
        }

        String optional(InvoiceField f) {
            Object v = values.get(f);
            if (v == null) {
                return null;
            }
            String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString().strip();
            return s.isEmpty() ? null : s;
        }

        String required(InvoiceField f) {
            String v = optional(f);
            if (v == null) {
                throw error(f, "value is required");
            }
            return v;
        }

        boolean flag(InvoiceField f) {
            Object v = values.get(f);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof Number n) {
                return new BigDecimal(n.toString()).signum() != 0;
            }
            String s = v.toString().strip().toLowerCase(Locale.ROOT);
            if (TRUE.contains(s)) {
                return true;
            }
            if (FALSE.contains(s)) {
                return false;
            }
            throw error(f, "'" + v + "' is not a yes/no value (true/false, yes/no, 1/0, Y/N, CANCELLED/ACTIVE)");
        }

        DocumentKind kind() {
            String v = optional(InvoiceField.KIND);
            if (v == null) {
                return DocumentKind.INVOICE;
            }
            try {
                return DocumentKind.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(InvoiceField.KIND, "'" + v + "' is not INVOICE, CREDIT_NOTE or CANCELLATION");
            }
        }

        Currency currency() {
            String v = required(InvoiceField.CURRENCY);
            try {
                return Currency.getInstance(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(InvoiceField.CURRENCY, "'" + v + "' is not an ISO 4217 currency code");
            }
        }

        BigDecimal amount() {
            Object v = values.get(InvoiceField.AMOUNT);
            if (v instanceof BigDecimal d) {
                return d;
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger) {
                return new BigDecimal(v.toString());
            }
            if (v instanceof Double || v instanceof Float) {
                // a binary floating-point amount is already rounded somewhere; refuse rather than guess
                throw error(InvoiceField.AMOUNT, "amount " + v + " is a floating-point number; map a DECIMAL/NUMERIC "
                        + "column or a JSON number read as decimal");
            }
            String s = required(InvoiceField.AMOUNT);
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw error(InvoiceField.AMOUNT, "'" + s + "' is not an amount with a decimal point");
            }
        }

        LocalDate date(InvoiceField f) {
            Object v = values.get(f);
            if (v == null || v.toString().isBlank()) {
                if (f.required) {
                    throw error(f, "value is required");
                }
                return null;
            }
            if (v instanceof LocalDate d) {
                return d;
            }
            if (v instanceof java.sql.Date d) {
                return d.toLocalDate();
            }
            if (v instanceof java.sql.Timestamp t) {
                return t.toLocalDateTime().toLocalDate();
            }
            if (v instanceof LocalDateTime t) {
                return t.toLocalDate();
            }
            if (v instanceof OffsetDateTime t) {
                return t.toLocalDate();
            }
            if (v instanceof ZonedDateTime t) {
                return t.toLocalDate();
            }
            String s = v.toString().strip();
            try {
                return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
            } catch (DateTimeParseException iso) {
                try {
                    return LocalDate.parse(s, dates);
                } catch (DateTimeParseException e) {
                    throw error(f, "'" + s + "' is not a date (yyyy-MM-dd or " + datePattern + ")");
                }
            }
        }

        IntakeParseException error(InvoiceField f, String reason) {
            return new IntakeParseException(name, 0, "field " + f.key(), reason);
        }
    }
}
