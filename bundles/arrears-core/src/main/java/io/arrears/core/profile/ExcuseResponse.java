package io.arrears.core.profile;

import java.util.List;

/** What to answer to an excuse, in {@code language} (English when {@code requestedLanguage} has no text). */
public record ExcuseResponse(ExcuseCategory category, String requestedLanguage, String language, List<String> responses) {

    public ExcuseResponse {
        responses = List.copyOf(responses);
    }

    public boolean fellBack() {
        return !language.equals(requestedLanguage);
    }
}
