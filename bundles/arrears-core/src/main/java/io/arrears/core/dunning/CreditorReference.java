package io.arrears.core.dunning;

import java.math.BigInteger;
import java.util.Locale;

/** ISO 11649 structured creditor references ("RF" + two check digits + up to 21 letters or digits). */
final class CreditorReference {

    private CreditorReference() {
    }

    /** The RF reference for {@code body}, e.g. {@code of("N42")} → {@code RF..N42}. */
    static String of(String body) {
        String compact = body.toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z0-9]{1,21}")) {
            throw new IllegalArgumentException("creditor reference body must be 1..21 letters or digits, was '" + body + "'");
        }
        int check = 98 - numeric(compact + "RF00").mod(BigInteger.valueOf(97)).intValue();
        return "RF" + String.format(Locale.ROOT, "%02d", check) + compact;
    }

    /** Whether {@code reference} is a valid RF reference (spaces ignored). */
    static boolean isValid(String reference) {
        String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.matches("RF[0-9]{2}[A-Z0-9]{1,21}")
                && numeric(compact.substring(4) + compact.substring(0, 4)).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static BigInteger numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString());
    }
}
