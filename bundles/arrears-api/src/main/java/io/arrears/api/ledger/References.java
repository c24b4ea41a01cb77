package io.arrears.api.ledger;

import java.util.Locale;

/** How payment references are compared with document numbers and payment references of items. */
public final class References {

    private References() {
    }

    /**
     * Upper case without white space, so "rf18 5390 0754 7034" matches "RF18539007547034".
     * Leading zeros and punctuation are kept: "INV-0012" does not match "INV12".
     */
    public static String normalise(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        reference.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
