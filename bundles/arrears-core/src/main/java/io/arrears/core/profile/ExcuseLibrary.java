package io.arrears.core.profile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Excuse-to-response library (seed 004: "list typical excuses, match them with effective answers,
 * group them by category"): for each {@link ExcuseCategory} the collector's responses per language
 * (ISO 639-1). Every category needs English, the fallback. Bundled default {@value #RESOURCE};
 * managers edit a copy and load it with {@link #load(Path)}.
 */
public record ExcuseLibrary(Map<ExcuseCategory, Map<String, List<String>>> responses) {

    public static final String RESOURCE = "excuse-responses.json";

    public ExcuseLibrary {
        Objects.requireNonNull(responses, "responses");
        EnumMap<ExcuseCategory, Map<String, List<String>>> copy = new EnumMap<>(ExcuseCategory.class);
        for (ExcuseCategory category : ExcuseCategory.values()) {
            Map<String, List<String>> byLanguage = responses.get(category);
            if (byLanguage == null) {
                throw new IllegalArgumentException("responses." + category + " is missing: every excuse category needs a response");
            }
            Languages.requireValidWithFallback("responses." + category, byLanguage);
            TreeMap<String, List<String>> texts = new TreeMap<>();
            byLanguage.forEach((language, list) -> {
                if (list == null || list.isEmpty() || list.stream().anyMatch(t -> t == null || t.isBlank())) {
                    throw new IllegalArgumentException("responses." + category + "." + language
                            + " must be a list of non-blank responses");
                }
                texts.put(language, List.copyOf(list));
            });
            copy.put(category, Map.copyOf(texts));
        }
        responses = Collections.unmodifiableMap(copy);
    }

    public static ExcuseLibrary bundledDefault() {
        return ConfigJson.bundled(RESOURCE, ExcuseLibrary.class);
    }

    public static ExcuseLibrary load(Path path) {
        return ConfigJson.read(path, ExcuseLibrary.class);
    }

    /** The responses to {@code category} in {@code language}, or in English when not translated. */
    public ExcuseResponse respond(ExcuseCategory category, String language) {
        Objects.requireNonNull(category, "category");
        String wanted = Languages.normalise(language);
        Map<String, List<String>> byLanguage = responses.get(category);
        String used = byLanguage.containsKey(wanted) ? wanted : Languages.FALLBACK;
        return new ExcuseResponse(category, wanted, used, byLanguage.get(used));
    }
}
