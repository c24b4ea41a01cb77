package io.arrears.letters;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which languages ship templates, and which are written right to left. */
final class LetterLanguages {

    static final List<String> BUNDLED = List.of("en", "tr", "pl", "de", "he");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("he", "ar", "fa", "ur", "yi");

    private LetterLanguages() {
    }

    /** The template folder name: the ISO 639 language, with the legacy {@code iw} read as {@code he}. */
    static String folder(Locale locale) {
        String language = locale.getLanguage();
        return switch (language) {
            case "iw" -> "he";
            case "ji" -> "yi";
            case "in" -> "id";
            default -> language;
        };
    }

    static boolean isRightToLeft(Locale locale) {
        return RIGHT_TO_LEFT.contains(folder(locale));
    }
}
