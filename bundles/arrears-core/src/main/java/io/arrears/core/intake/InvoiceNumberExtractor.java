package io.arrears.core.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds invoice numbers in unstructured remittance text with a configurable regular expression
 * (the ERP's numbering scheme, e.g. {@code FV/\d{4}/\d{2}/\d{3}} or {@code INV-\d{4}-\d{4}}).
 * When the pattern has a group named {@code number}, that group is the invoice number; otherwise the
 * whole match is.
 */
public final class InvoiceNumberExtractor {

    private final Pattern pattern;
    private final boolean namedGroup;

    public InvoiceNumberExtractor(Pattern pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.namedGroup = pattern.pattern().contains("(?<number>");
    }

    /** @throws java.util.regex.PatternSyntaxException when {@code regex} is not a valid pattern */
    public static InvoiceNumberExtractor of(String regex) {
        return new InvoiceNumberExtractor(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** Distinct (case-insensitively) invoice numbers in order of appearance; empty for null or blank text. */
    public List<String> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // keyed case-insensitively: "inv-1" and "INV-1" are one number, reported as first written
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String n = namedGroup ? m.group("number") : m.group();
            if (n != null && !n.isBlank()) {
                found.putIfAbsent(n.strip().toUpperCase(Locale.ROOT), n.strip());
            }
        }
        return new ArrayList<>(found.values());
    }
}
