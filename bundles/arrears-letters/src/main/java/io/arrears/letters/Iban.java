package io.arrears.letters;

import io.arrears.api.letter.LetterRenderingException;
import java.math.BigInteger;
import java.util.Locale;

/** IBAN checks (ISO 13616: length and mod-97 check digits) and the printed form in groups of four. */
final class Iban {

    private Iban() {
    }

    /** Upper case without spaces, or an exception saying why it is not an IBAN. */
    static String normalise(String iban) {
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            throw new LetterRenderingException("'" + iban + "' is not an IBAN: expected country code, 2 check digits and 11-30 letters or digits");
        }
        if (mod97(compact.substring(4) + compact.substring(0, 4)) != 1) {
            throw new LetterRenderingException("'" + iban + "' is not an IBAN: the check digits do not match");
        }
        return compact;
    }

    /** Groups of four for reading aloud and typing: {@code DE89 3704 0044 0532 0130 00}. */
    static String grouped(String compact) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(compact, i, Math.min(compact.length(), i + 4));
        }
        return b.toString();
    }

    /** Letters as 10..35, then the number mod 97 (ISO 7064), shared with the RF reference check. */
    static int mod97(String rearranged) {
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
