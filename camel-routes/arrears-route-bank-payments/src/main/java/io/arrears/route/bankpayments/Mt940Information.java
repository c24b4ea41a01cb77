package io.arrears.route.bankpayments;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code :86:} field. Free text by default; when it uses the German/SEPA sub-field layout
 * ({@code 166?00GUTSCHRIFT?20EREF+...?21SVWZ+...?32Name}) the remittance lines ?20-?29 and ?60-?63
 * are joined, {@code EREF+} gives the end-to-end id, {@code SVWZ+} the remittance text and ?32/?33
 * the payer's name.
 *
 * @param remittanceText remittance text, never null (may be empty)
 * @param endToEndId     end-to-end id when the bank passes it on, else null
 * @param debtorName     payer name when given, else null
 */
record Mt940Information(String remittanceText, String endToEndId, String debtorName) {

    private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d{2})");
    private static final Pattern SEPA_TAG = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE)\\+");

    /** Lines of this length were wrapped by the bank, possibly mid-word: they join without a space. */
    private static final int SWIFT_LINE_LENGTH = 65;

    /** @param field the :86: value, continuation lines separated by \n */
    static Mt940Information parse(String field) {
        if (!field.matches("(?s)^\\d{3}\\?\\d{2}.*")) {
            return new Mt940Information(joinFreeText(field), null, null);
        }
        String raw = field.replace("\n", "");
        Map<Integer, StringBuilder> fields = new TreeMap<>();
        Matcher m = SUBFIELD.matcher(raw);
        int lastCode = -1;
        int lastEnd = 0;
        while (m.find()) {
            if (lastCode >= 0) {
                fields.computeIfAbsent(lastCode, k -> new StringBuilder()).append(raw, lastEnd, m.start());
            }
            lastCode = Integer.parseInt(m.group(1));
            lastEnd = m.end();
        }
        if (lastCode >= 0) {
            fields.computeIfAbsent(lastCode, k -> new StringBuilder()).append(raw.substring(lastEnd));
        }
        StringBuilder remittance = new StringBuilder();
        fields.forEach((code, value) -> {
            if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                remittance.append(value);
            }
        });
        String joined = remittance.toString();
        String e2e = sepaValue(joined, "EREF");
        String svwz = sepaValue(joined, "SVWZ");
        String name = ((fields.containsKey(32) ? fields.get(32).toString() : "")
                + (fields.containsKey(33) ? fields.get(33).toString() : "")).strip();
        String text = svwz != null ? svwz : joined.strip();
        return new Mt940Information(text, e2e == null || e2e.equals("NOTPROVIDED") ? null : e2e,
                name.isEmpty() ? null : name);
    }

    private static String joinFreeText(String field) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String line : field.split("\n")) {
            if (previous != null && previous.length() < SWIFT_LINE_LENGTH) {
                sb.append(' ');
            }
            sb.append(line.strip());
            previous = line;
        }
        return sb.toString().strip();
    }

    /** The value after {@code TAG+} up to the next SEPA tag. */
    private static String sepaValue(String text, String tag) {
        Matcher m = SEPA_TAG.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(tag)) {
                int start = m.end();
                int end = m.find() ? m.start() : text.length();
                String v = text.substring(start, end).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
