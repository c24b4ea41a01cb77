package io.arrears.route.bankpayments;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 11649 structured creditor reference: {@code RF} + two check digits + 1 to 21 alphanumerics.
 * Check: move the first four characters to the end, letters become numbers (A=10 ... Z=35), the
 * number mod 97 must be 1. Printed forms may have spaces every four characters; they are ignored.
 */
public final class CreditorReference {

    private static final Pattern SHAPE = Pattern.compile("RF\\d{2}[A-Z0-9]{1,21}");
    /** Electronic form, or printed form in groups of four (the last group may be shorter). */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?i)\\bRF\\d{2}(?:[A-Z0-9]{1,21}\\b|(?: [A-Z0-9]{4}){0,5}(?: [A-Z0-9]{1,4})?\\b)");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CreditorReference() {
    }

    /** Removes spaces and upper-cases: the electronic form. */
    public static String normalize(String reference) {
        return reference.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** True when {@code reference} (printed or electronic form) is a well-formed RF reference with correct check digits. */
    public static boolean isValid(String reference) {
        if (reference == null) {
            return false;
        }
        String r = normalize(reference);
        return SHAPE.matcher(r).matches() && mod97(r.substring(4) + r.substring(0, 4)) == 1;
    }

    /**
     * Builds the RF reference for a creditor's own reference (e.g. an invoice number reduced to
     * letters and digits).
     *
     * @throws IllegalArgumentException when {@code base} is empty, longer than 21, or not alphanumeric
     */
    public static String create(String base) {
        String b = normalize(base);
        if (!b.matches("[A-Z0-9]{1,21}")) {
            throw new IllegalArgumentException("creditor reference base '" + base
                    + "' must be 1 to 21 letters or digits (ISO 11649)");
        }
        int check = 98 - mod97(b + "RF00");
        return String.format("RF%02d%s", check, b);
    }

    /** The printed form: groups of four separated by spaces. */
    public static String printed(String reference) {
        return normalize(reference).replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The first valid RF reference in free text (e.g. a remittance line), in electronic form. */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            // printed form: words after the reference may look like groups; drop trailing groups until it checks
            String match = m.group();
            while (true) {
                if (isValid(match)) {
                    return Optional.of(normalize(match));
                }
                int space = match.lastIndexOf(' ');
                if (space < 0) {
                    break;
                }
                match = match.substring(0, space);
            }
        }
        return Optional.empty();
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
