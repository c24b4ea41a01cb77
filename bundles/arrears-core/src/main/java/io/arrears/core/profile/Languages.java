package io.arrears.core.profile;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Language codes of the configured texts: ISO 639-1, lower case; English is the fallback. */
final class Languages {

    static final String FALLBACK = "en";
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    private Languages() {
    }

    /** "pl-PL", "PL", "pl_PL" become "pl"; Java's legacy "iw" becomes "he". */
    static String normalise(String language) {
        Objects.requireNonNull(language, "language");
        String primary = language.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.equals("iw")) {
            primary = "he";
        }
        if (!ISO_639_1.matcher(primary).matches()) {
            throw new IllegalArgumentException("'" + language + "' is not an ISO 639-1 language code such as en, tr, pl, de, he");
        }
        return primary;
    }

    /** Checks the keys of a configured per-language map and that English is there. */
    static void requireValidWithFallback(String field, Map<String, ?> byLanguage) {
        Objects.requireNonNull(byLanguage, field);
        for (String key : byLanguage.keySet()) {
            if (!ISO_639_1.matcher(key).matches()) {
                throw new IllegalArgumentException(field + ": '" + key + "' is not a lower-case ISO 639-1 code");
            }
        }
        if (!byLanguage.containsKey(FALLBACK)) {
            throw new IllegalArgumentException(field + " needs an English ('en') text: it is the fallback");
        }
    }
}
