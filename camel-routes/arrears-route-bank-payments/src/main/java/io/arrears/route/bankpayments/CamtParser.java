package io.arrears.route.bankpayments;

import io.arrears.routes.support.xml.SecureXml;
import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.money.Money;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams ISO 20022 camt.053 (statement) and camt.054 (debit/credit notification), versions
 * .001.02, .001.04 and .001.08, into {@link BankTransaction}s: one per {@code TxDtls} of an entry
 * (a batch entry gives several), or one per entry without details.
 *
 * <p>Per transaction: amount {@code TxDtls/Amt} (or {@code AmtDtls/TxAmt/Amt}, else the entry's
 * when it has one detail), {@code CdtDbtInd}, {@code RvslInd}, {@code Sts} ({@code Sts/Cd} in .08),
 * {@code BookgDt}, {@code ValDt} ({@code Dt} or {@code DtTm}), {@code AcctSvcrRef} (detail's, else
 * entry's), {@code Refs/EndToEndId} (NOTPROVIDED = none), debtor {@code RltdPties/Dbtr/Nm} or
 * {@code Dbtr/Pty/Nm}, {@code RmtInf/Ustrd} (several joined by a space),
 * {@code RmtInf/Strd/CdtrRefInf/Ref}. Hardened StAX via {@link SecureXml}.
 */
public final class CamtParser {

    private static final String NS_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Set<String> SUPPORTED = Set.of(
            "camt.053.001.02", "camt.053.001.04", "camt.053.001.08",
            "camt.054.001.02", "camt.054.001.04", "camt.054.001.08");

    /**
     * @param in         the XML; read to its end, not closed
     * @param sourceName file name for error reports
     * @throws IntakeParseException on unsafe or malformed XML, an unsupported message, or a bad field
     */
    public List<BankTransaction> parse(InputStream in, String sourceName) {
        XMLStreamReader r = SecureXml.open(in, sourceName);
        List<BankTransaction> out = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        String account = null;
        EntryState entry = null;
        TxState tx = null;
        String amountCurrency = null;
        try {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw SecureXml.rejectDoctype(sourceName, r);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new IntakeParseException(sourceName,
                            r.getLocation().getLineNumber(), String.join("/", path), "entity references are not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (path.isEmpty()) {
                            checkRoot(r, sourceName);
                        }
                        path.addLast(name);
                        text.setLength(0);
                        if (name.equals("Ntry") && isStatementChild(path)) {
                            if (account == null) {
                                throw error(sourceName, r, path, "entry before the account (Acct/Id) of its statement");
                            }
                            entry = new EntryState(r.getLocation().getLineNumber());
                        } else if (name.equals("TxDtls") && entry != null) {
                            tx = new TxState();
                        } else if (name.equals("Amt")) {
                            amountCurrency = r.getAttributeValue(null, "Ccy");
                        } else if (name.equals("Stmt") || name.equals("Ntfctn")) {
                            account = null;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String value = text.toString().strip();
                        text.setLength(0);
                        String p = String.join("/", path);
                        if (entry == null) {
                            if (p.endsWith("Stmt/Acct/Id/IBAN") || p.endsWith("Ntfctn/Acct/Id/IBAN")
                                    || p.endsWith("Stmt/Acct/Id/Othr/Id") || p.endsWith("Ntfctn/Acct/Id/Othr/Id")) {
                                account = value;
                            }
                        } else if (tx != null) {
                            int at = p.lastIndexOf("/TxDtls/");
                            if (p.endsWith("/TxDtls")) {
                                entry.details.add(tx);
                                tx = null;
                            } else if (at >= 0 && !value.isEmpty()) {
                                tx.accept(p.substring(at + 8), value, amountCurrency, sourceName, r);
                            }
                        } else {
                            String rel = p.substring(p.indexOf("/Ntry") + 5).replaceFirst("^/", "");
                            if (rel.isEmpty()) {
                                out.addAll(entry.toTransactions(account, sourceName));
                                entry = null;
                            } else if (!value.isEmpty()) {
                                entry.accept(rel, value, amountCurrency, sourceName, r);
                            }
                        }
                        path.removeLast();
                    }
                    default -> {
                        // comments and processing instructions carry no data
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new IntakeParseException(sourceName, line, String.join("/", path), "malformed XML: " + e.getMessage(), e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // the caller owns the stream
            }
        }
        return TransactionKeys.withOccurrenceIndexes(out);
    }

    private static boolean isStatementChild(Deque<String> path) {
        String p = String.join("/", path);
        return p.endsWith("Stmt/Ntry") || p.endsWith("Ntfctn/Ntry");
    }

    private static void checkRoot(XMLStreamReader r, String sourceName) {
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        String message = ns.startsWith(NS_PREFIX) ? ns.substring(NS_PREFIX.length()) : ns;
        if (!r.getLocalName().equals("Document") || !SUPPORTED.contains(message)) {
            throw new IntakeParseException(sourceName, r.getLocation().getLineNumber(), r.getLocalName(),
                    "not a supported camt message: root {" + ns + "}" + r.getLocalName() + "; supported: " + SUPPORTED);
        }
    }

    static IntakeParseException error(String sourceName, XMLStreamReader r, Deque<String> path, String reason) {
        return new IntakeParseException(sourceName, r.getLocation().getLineNumber(), String.join("/", path), reason);
    }

    static IntakeParseException error(String sourceName, XMLStreamReader r, String element, String reason) {
        return new IntakeParseException(sourceName, r.getLocation().getLineNumber(), element, reason);
    }

    static Money money(String value, String currency, String sourceName, XMLStreamReader r, String element) {
        if (currency == null) {
            throw error(sourceName, r, element, "amount has no Ccy attribute");
        }
        try {
            return new Money(new BigDecimal(value), Currency.getInstance(currency));
        } catch (NumberFormatException e) {
            throw error(sourceName, r, element, "'" + value + "' is not a decimal amount");
        } catch (IllegalArgumentException e) {
            throw error(sourceName, r, element, "amount " + value + " " + currency + ": " + e.getMessage());
        }
    }

    static LocalDate date(String value, String sourceName, XMLStreamReader r, String element) {
        try {
            // DtTm carries a time and maybe an offset: the booking day is its date part as the bank wrote it
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (java.time.format.DateTimeParseException e) {
            throw error(sourceName, r, element, "'" + value + "' is not an ISO date");
        }
    }

    static CreditDebit direction(String value, String sourceName, XMLStreamReader r, String element) {
        return switch (value) {
            case "CRDT" -> CreditDebit.CREDIT;
            case "DBIT" -> CreditDebit.DEBIT;
            default -> throw error(sourceName, r, element, "'" + value + "' is not CRDT or DBIT");
        };
    }

    /** Fields of one Ntry while it streams past; lives only inside one parse call. */
    private static final class EntryState {
        final int line;
        final List<TxState> details = new ArrayList<>();
        Money amount;
        CreditDebit direction;
        boolean reversal;
        BookingStatus status;
        LocalDate bookingDate;
        LocalDate valueDate;
        String bankReference;
        String additionalInfo;

        EntryState(int line) {
            this.line = line;
        }

        void accept(String rel, String value, String currency, String sourceName, XMLStreamReader r) {
            switch (rel) {
                case "Amt" -> amount = money(value, currency, sourceName, r, "Ntry/Amt");
                case "CdtDbtInd" -> direction = direction(value, sourceName, r, "Ntry/CdtDbtInd");
                case "RvslInd" -> reversal = Boolean.parseBoolean(value);
                case "Sts", "Sts/Cd" -> status = status(value, sourceName, r);
                case "BookgDt/Dt", "BookgDt/DtTm" -> bookingDate = date(value, sourceName, r, "Ntry/" + rel);
                case "ValDt/Dt", "ValDt/DtTm" -> valueDate = date(value, sourceName, r, "Ntry/" + rel);
                case "AcctSvcrRef" -> bankReference = value;
                case "AddtlNtryInf" -> additionalInfo = value;
                default -> {
                    // other entry fields (BkTxCd, Chrgs, ...) do not settle receivables
                }
            }
        }

        private static BookingStatus status(String value, String sourceName, XMLStreamReader r) {
            return switch (value) {
                case "BOOK" -> BookingStatus.BOOKED;
                case "PDNG", "FUTR" -> BookingStatus.PENDING;
                case "INFO" -> BookingStatus.INFO;
                default -> throw error(sourceName, r, "Ntry/Sts", "unknown entry status '" + value + "'");
            };
        }

        List<BankTransaction> toTransactions(String account, String sourceName) {
            require(amount, "Amt", sourceName);
            require(direction, "CdtDbtInd", sourceName);
            require(bookingDate, "BookgDt", sourceName);
            BookingStatus st = status == null ? BookingStatus.BOOKED : status;
            if (details.isEmpty()) {
                return List.of(build(account, amount, direction, st, null, bankReference, null, null, additionalInfo));
            }
            List<BankTransaction> out = new ArrayList<>();
            for (TxState d : details) {
                Money a = d.amount;
                if (a == null && details.size() == 1) {
                    a = amount;
                }
                if (a == null) {
                    throw new IntakeParseException(sourceName, line, "Ntry/NtryDtls/TxDtls/Amt",
                            "batch entry with " + details.size() + " transaction details, one of which has no amount");
                }
                CreditDebit dir = d.direction == null ? direction : d.direction;
                String ref = d.bankReference != null ? d.bankReference : bankReference;
                String text = d.remittance.length() > 0 ? d.remittance.toString() : additionalInfo;
                out.add(build(account, a, dir, st, d.endToEndId, ref, d.debtorName, d.creditorReference, text));
            }
            return out;
        }

        private BankTransaction build(String account, Money a, CreditDebit dir, BookingStatus st, String e2e, String ref,
                String debtor, String cref, String text) {
            String key = TransactionKeys.contentKey(account, bookingDate, a, dir, reversal, e2e, ref, cref, text);
            return new BankTransaction(account, bookingDate, valueDate, a, dir, reversal, st, e2e, ref, debtor, cref, text,
                    key, 0);
        }

        private void require(Object value, String element, String sourceName) {
            if (value == null) {
                throw new IntakeParseException(sourceName, line, "Ntry/" + element, "required element is missing in the entry");
            }
        }
    }

    /** Fields of one TxDtls. */
    private static final class TxState {
        Money amount;
        CreditDebit direction;
        String endToEndId;
        String bankReference;
        String debtorName;
        String creditorReference;
        final StringBuilder remittance = new StringBuilder();

        void accept(String rel, String value, String currency, String sourceName, XMLStreamReader r) {
            switch (rel) {
                case "Amt", "AmtDtls/TxAmt/Amt" -> {
                    if (amount == null) {
                        amount = money(value, currency, sourceName, r, "TxDtls/" + rel);
                    }
                }
                case "CdtDbtInd" -> direction = direction(value, sourceName, r, "TxDtls/CdtDbtInd");
                case "Refs/EndToEndId" -> endToEndId = "NOTPROVIDED".equals(value) || value.isEmpty() ? null : value;
                case "Refs/AcctSvcrRef" -> bankReference = value;
                case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> debtorName = value;
                case "RmtInf/Ustrd" -> {
                    if (remittance.length() > 0) {
                        remittance.append(' ');
                    }
                    remittance.append(value);
                }
                case "RmtInf/Strd/CdtrRefInf/Ref" -> creditorReference = value;
                default -> {
                    // purpose codes, ultimate parties, charges: not needed to settle receivables
                }
            }
        }
    }
}
