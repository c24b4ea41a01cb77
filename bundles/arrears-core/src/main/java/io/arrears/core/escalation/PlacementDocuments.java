package io.arrears.core.escalation;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.document.InvoiceCopy;
import io.arrears.api.document.InvoiceCopyRenderer;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.ledger.ItemBalance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files that go with a placement: an invoice copy PDF per placed item (from the ledger data, in the debtor's
 * language), the notices sent on the placed items and the debtor's contact history (CSV, UTF-8, ';'-separated, RFC 4180
 * quoting). Names are deterministic ({@code invoice-<n>-<document>.pdf}, {@code notices-sent.csv},
 * {@code contact-history.csv}), so a repeated delivery writes the same files.
 */
public final class PlacementDocuments {

    /** One file: its bytes travel base64-encoded in the placement JSON. */
    public record Document(String kind, String fileName, String contentType, byte[] content) {

        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    private final Optional<InvoiceCopyRenderer> copies;
    private final String creditorName;
    private final Function<String, String> languageOfCountry;

    /**
     * @param copies            the invoice copy renderer; without it (arrears-letters not installed) no copies are made
     * @param languageOfCountry the letters' language of a debtor country (BCP 47)
     */
    public PlacementDocuments(Optional<InvoiceCopyRenderer> copies, String creditorName, Function<String, String> languageOfCountry) {
        this.copies = copies;
        this.creditorName = creditorName;
        this.languageOfCountry = languageOfCountry;
    }

    public List<Document> of(String debtorName, String country, List<ItemBalance> placed, Map<String, NoticeMark> notices,
            List<ContactEntry> contacts, LocalDate placementDate) {
        List<Document> documents = new ArrayList<>();
        if (copies.isPresent()) {
            int n = 0;
            for (ItemBalance balance : placed) {
                n++;
                InvoiceCopy copy = new InvoiceCopy(languageOfCountry.apply(country), creditorName, debtorName,
                        balance.item().customerId(), balance.item().documentNumber(), balance.item().kind().name(),
                        balance.item().issueDate(), balance.item().dueDate(), balance.item().amount(), balance.outstanding(),
                        balance.item().paymentReference(), placementDate);
                documents.add(new Document("invoice-copy", "invoice-" + n + "-" + safe(balance.item().documentNumber()) + ".pdf",
                        "application/pdf", copies.get().pdf(copy)));
            }
        }
        Map<String, String> documentNumbers = placed.stream()
                .collect(Collectors.toMap(b -> b.item().id(), b -> b.item().documentNumber(), (a, b) -> a));
        documents.add(new Document("notices-sent", "notices-sent.csv", "text/csv; charset=utf-8",
                csv(List.of("itemId", "documentNumber", "level", "sentOn"), notices.entrySet().stream()
                        .map(e -> List.of(e.getKey(), documentNumbers.getOrDefault(e.getKey(), ""),
                                String.valueOf(e.getValue().level()), e.getValue().sentOn().toString())).toList())));
        documents.add(new Document("contact-history", "contact-history.csv", "text/csv; charset=utf-8",
                csv(List.of("occurredAt", "channel", "direction", "outcome", "collector", "notes"), contacts.stream()
                        .map(c -> List.of(c.occurredAt().toString(), c.channel().name(), c.direction().name(),
                                c.outcome().name(), c.collector(), c.notes())).toList())));
        return documents;
    }

    /** A document number as a file name part: letters, digits, '.', '-' and '_' (slashes of "FV/2026/1" become '_'). */
    static String safe(String documentNumber) {
        String safe = documentNumber.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return safe.length() <= 80 ? safe : safe.substring(0, 80);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        Function<List<String>, String> line = cells -> cells.stream().map(PlacementDocuments::cell)
                .collect(Collectors.joining(";")) + "\r\n";
        StringBuilder out = new StringBuilder(line.apply(header));
        rows.forEach(r -> out.append(line.apply(r)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // a note starting with '=' would be a formula when the agency opens the file in a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
