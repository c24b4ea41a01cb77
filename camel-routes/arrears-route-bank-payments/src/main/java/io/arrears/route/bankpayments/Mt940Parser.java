package io.arrears.route.bankpayments;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT940 customer statements (one or several per file, with or without the
 * {@code {1:}{2:}{4:} ... -}} envelope).
 *
 * <ul>
 *   <li>{@code :25:} account (IBAN or bank/account as given)</li>
 *   <li>{@code :60F:}/{@code :60M:} opening balance: C/D, YYMMDD, currency, amount with decimal comma</li>
 *   <li>{@code :61:} value date YYMMDD, optional entry date MMDD (the booking date; value date when absent),
 *       mark C, D, RC (reversal of a credit: money out) or RD (reversal of a debit: money in), optional
 *       funds code, amount, type ({@code NTRF} ...), customer reference, {@code //} bank reference</li>
 *   <li>{@code :86:} information to the account owner, possibly on several lines (see {@link Mt940Information});
 *       a valid ISO 11649 RF reference in it becomes the creditor reference</li>
 *   <li>{@code :62F:}/{@code :62M:} closing balance: checked against opening balance plus the lines</li>
 * </ul>
 * Errors name the line of the offending field.
 */
public final class Mt940Parser {

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final Pattern BALANCE = Pattern.compile("^([CD])(\\d{6})([A-Z]{3})(\\d{1,15},\\d{0,3})$");
    private static final Pattern LINE_61 = Pattern.compile(
            "^(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d{1,15},\\d{0,3})([NSF][A-Z0-9]{3})(.*)$");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final Charset charset;

    /** @param charset the file's text encoding (banks use ASCII, ISO-8859-1/2 or windows-125x) */
    public Mt940Parser(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /**
     * @param in         the file; read fully, not closed
     * @param sourceName file name for error reports
     * @throws IntakeParseException with the line of the bad field
     */
    public List<BankTransaction> parse(InputStream in, String sourceName) {
        String text;
        try {
            text = new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + sourceName, e);
        }
        List<Field> fields = fields(text.split("\\r?\\n", -1), sourceName);
        List<BankTransaction> out = new ArrayList<>();
        Statement st = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            switch (f.tag) {
                case "20" -> st = new Statement();
                case "25" -> statement(st, f, sourceName).account = f.value.strip();
                case "28C", "28" -> statement(st, f, sourceName);
                case "60F", "60M" -> statement(st, f, sourceName).opening = balance(f, sourceName);
                case "61" -> {
                    Statement s = statement(st, f, sourceName);
                    if (s.account == null || s.opening == null) {
                        throw error(f, sourceName, ":61: before :25: account and :60F:/:60M: opening balance");
                    }
                    String info = i + 1 < fields.size() && fields.get(i + 1).tag.equals("86") ? fields.get(i + 1).value : "";
                    BankTransaction t = line61(f, info, s, sourceName);
                    s.movement = t.direction() == CreditDebit.CREDIT ? s.movement.add(t.amount().amount())
                            : s.movement.subtract(t.amount().amount());
                    out.add(t);
                }
                case "62F", "62M" -> checkClosing(statement(st, f, sourceName), balance(f, sourceName), f, sourceName);
                default -> {
                    // :86: is consumed with its :61:; :64:/:65: available balances and statement-level :86: are not needed
                }
            }
        }
        if (st == null) {
            throw new IntakeParseException(sourceName, 0, ":20:", "no MT940 statement found (no :20: field)");
        }
        return TransactionKeys.withOccurrenceIndexes(out);
    }

    /** Joins continuation lines to their tag and drops the SWIFT envelope. */
    private static List<Field> fields(String[] lines, String sourceName) {
        List<Field> fields = new ArrayList<>();
        Field current = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.startsWith("{")) {
                // envelope blocks {1:..}{2:..}{4: ; a tag may follow on the same line
                int body = trimmed.indexOf("{4:");
                trimmed = body >= 0 ? trimmed.substring(body + 3).strip() : "";
                line = trimmed;
            }
            if (trimmed.isEmpty() || trimmed.equals("-") || trimmed.equals("-}")) {
                current = null;
                continue;
            }
            Matcher m = TAG.matcher(line);
            if (m.matches()) {
                current = new Field(m.group(1), m.group(2), n + 1);
                fields.add(current);
            } else if (current != null) {
                current.value = current.value + "\n" + line;
            } else {
                throw new IntakeParseException(sourceName, n + 1, null, "text outside a field: '" + trimmed + "'");
            }
        }
        return fields;
    }

    private static Statement statement(Statement st, Field f, String sourceName) {
        if (st == null) {
            throw error(f, sourceName, "field before the :20: transaction reference that opens a statement");
        }
        return st;
    }

    private static Money balance(Field f, String sourceName) {
        Matcher m = BALANCE.matcher(f.value.strip());
        if (!m.matches()) {
            throw error(f, sourceName, "'" + f.value.strip() + "' is not a balance (C/D, YYMMDD, currency, amount with decimal comma)");
        }
        date(m.group(2), f, sourceName);
        Money amount = money(m.group(4), m.group(3), f, sourceName);
        return m.group(1).equals("D") ? amount.negate() : amount;
    }

    private static BankTransaction line61(Field f, String info86, Statement s, String sourceName) {
        String[] lines = f.value.split("\n", 2);
        Matcher m = LINE_61.matcher(lines[0].strip());
        if (!m.matches()) {
            throw error(f, sourceName, "'" + lines[0].strip()
                    + "' is not a statement line (YYMMDD[MMDD]C|D|RC|RD amount type reference[//bank reference])");
        }
        LocalDate valueDate = date(m.group(1), f, sourceName);
        LocalDate bookingDate = m.group(2) == null ? valueDate : entryDate(valueDate, m.group(2), f, sourceName);
        String mark = m.group(3);
        CreditDebit direction = mark.equals("C") || mark.equals("RD") ? CreditDebit.CREDIT : CreditDebit.DEBIT;
        boolean reversal = mark.startsWith("R");
        if (m.group(4) != null && !s.opening.currencyCode().endsWith(m.group(4))) {
            throw error(f, sourceName, "funds code '" + m.group(4) + "' does not match currency " + s.opening.currencyCode());
        }
        Money amount = money(m.group(5), s.opening.currencyCode(), f, sourceName);
        String refs = m.group(7);
        int slashes = refs.indexOf("//");
        String bankRef = slashes >= 0 ? emptyToNull(refs.substring(slashes + 2).strip()) : null;
        Mt940Information info = Mt940Information.parse(info86);
        String text = emptyToNull(info.remittanceText());
        String creditorRef = CreditorReference.findIn(text).orElse(null);
        String key = TransactionKeys.contentKey(s.account, bookingDate, amount, direction, reversal, info.endToEndId(),
                bankRef, creditorRef, text);
        return new BankTransaction(s.account, bookingDate, valueDate, amount, direction, reversal, BookingStatus.BOOKED,
                info.endToEndId(), bankRef, info.debtorName(), creditorRef, text, key, 0);
    }

    private static void checkClosing(Statement s, Money closing, Field f, String sourceName) {
        if (s.opening == null) {
            throw error(f, sourceName, "closing balance without an opening balance");
        }
        BigDecimal expected = s.opening.amount().add(s.movement);
        if (expected.compareTo(closing.amount()) != 0) {
            throw error(f, sourceName, "closing balance " + closing + " does not equal opening " + s.opening
                    + " plus the statement lines (" + expected.toPlainString() + "): statement incomplete or altered");
        }
    }

    /** Entry date MMDD takes the value date's year, moved by one where the two straddle a year end. */
    private static LocalDate entryDate(LocalDate valueDate, String mmdd, Field f, String sourceName) {
        LocalDate d = date(String.format("%02d", valueDate.getYear() % 100) + mmdd, f, sourceName);
        if (d.isAfter(valueDate.plusMonths(6))) {
            return d.minusYears(1);
        }
        if (d.isBefore(valueDate.minusMonths(6))) {
            return d.plusYears(1);
        }
        return d;
    }

    private static LocalDate date(String yymmdd, Field f, String sourceName) {
        try {
            return LocalDate.parse(yymmdd, YYMMDD);
        } catch (DateTimeParseException e) {
            throw error(f, sourceName, "'" + yymmdd + "' is not a date YYMMDD");
        }
    }

    private static Money money(String commaAmount, String currency, Field f, String sourceName) {
        try {
            return new Money(new BigDecimal(commaAmount.replace(',', '.')), Currency.getInstance(currency));
        } catch (NumberFormatException e) {
            throw error(f, sourceName, "'" + commaAmount + "' is not an amount");
        } catch (IllegalArgumentException e) {
            throw error(f, sourceName, "amount " + commaAmount + " " + currency + ": " + e.getMessage());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static IntakeParseException error(Field f, String sourceName, String reason) {
        return new IntakeParseException(sourceName, f.line, ":" + f.tag + ":", reason);
    }

    /** One tag with its value (continuation lines joined by \n) and the line it starts on. */
    private static final class Field {
        final String tag;
        String value;
        final int line;

        Field(String tag, String value, int line) {
            this.tag = tag;
            this.value = value;
            this.line = line;
        }
    }

    /** The statement being read; local to one parse call. */
    private static final class Statement {
        String account;
        Money opening;
        BigDecimal movement = BigDecimal.ZERO;
    }
}
