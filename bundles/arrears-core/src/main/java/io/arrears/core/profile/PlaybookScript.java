package io.arrears.core.profile;

import java.util.List;

/**
 * The words of a playbook in one language, saying which language each part really is in (English
 * when the wanted language has no text yet).
 */
public record PlaybookScript(String requestedLanguage, String openingLanguage, String opening,
                             String talkingPointsLanguage, List<String> talkingPoints) {

    public PlaybookScript {
        talkingPoints = List.copyOf(talkingPoints);
    }

    /** True when some part is shown in English because the requested language has no text. */
    public boolean fellBack() {
        return !openingLanguage.equals(requestedLanguage) || !talkingPointsLanguage.equals(requestedLanguage);
    }
}
