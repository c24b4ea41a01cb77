package io.arrears.core.call;

import io.arrears.api.promise.ConsequenceKind;
import io.arrears.core.promise.JsonConfig;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words of call confirmations per language (ISO 639-1; English required, it is the fallback).
 * Bundled default {@value #RESOURCE}; an edited copy loads with {@link #load(Path)}, an administrator's edited
 * languages with {@link ConfirmationTextFiles}. Placeholders:
 * {name}, {collector}, {callDate}, {amount}, {date}, {when}, {open}, {holder}, {iban}, {bic},
 * {reference}, {link}.
 */
public record ConfirmationTexts(Map<String, Texts> languages) {

    static final String RESOURCE = "confirmation-texts.json";
    static final String FALLBACK = "en";
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    public ConfirmationTexts {
        Objects.requireNonNull(languages, "languages");
        languages.forEach((language, texts) -> {
            if (!ISO_639_1.matcher(language).matches()) {
                throw new IllegalArgumentException("languages: '" + language + "' is not a lower-case ISO 639-1 code");
            }
            Objects.requireNonNull(texts, () -> "languages." + language + " is null");
        });
        if (!languages.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("languages needs English ('en'): it is the fallback");
        }
        languages = Map.copyOf(new TreeMap<>(languages));
    }

    public static ConfirmationTexts bundledDefault() {
        return JsonConfig.bundled(ConfirmationTexts.class, RESOURCE, ConfirmationTexts.class);
    }

    public static ConfirmationTexts load(Path path) {
        return JsonConfig.read(path, ConfirmationTexts.class);
    }

    /** The language the texts for {@code languageTag} are in: its primary language when present, else English. */
    public String languageFor(String languageTag) {
        String wanted = primaryLanguage(languageTag);
        return languages.containsKey(wanted) ? wanted : FALLBACK;
    }

    /** "de-AT" becomes "de"; Java's legacy "iw" becomes "he". */
    static String primaryLanguage(String languageTag) {
        String primary = Locale.forLanguageTag(Objects.requireNonNull(languageTag, "languageTag")).getLanguage();
        return primary.equals("iw") ? "he" : primary;
    }

    public Texts in(String language) {
        Texts texts = languages.get(language);
        if (texts == null) {
            throw new IllegalArgumentException("no confirmation texts in '" + language + "'; use languageFor first");
        }
        return texts;
    }

    /** One language's sentences; every field is required and non-blank. */
    public record Texts(String subject, String greeting, String intro, String fullPromise, String partialPromise, String callback,
            String noCommitment, String howToPay, String paymentLink, Map<ConsequenceKind, String> promiseConsequence,
            Map<ConsequenceKind, String> callbackConsequence, String closing) {

        public Texts {
            for (Map.Entry<String, String> field : Map.of("subject", nonNull(subject, "subject"), "greeting",
                    nonNull(greeting, "greeting"), "intro", nonNull(intro, "intro"), "fullPromise", nonNull(fullPromise, "fullPromise"),
                    "partialPromise", nonNull(partialPromise, "partialPromise"), "callback", nonNull(callback, "callback"),
                    "noCommitment", nonNull(noCommitment, "noCommitment"), "howToPay", nonNull(howToPay, "howToPay"),
                    "paymentLink", nonNull(paymentLink, "paymentLink"), "closing", nonNull(closing, "closing")).entrySet()) {
                if (field.getValue().isBlank()) {
                    throw new IllegalArgumentException(field.getKey() + " is blank");
                }
            }
            promiseConsequence = complete(promiseConsequence, "promiseConsequence");
            callbackConsequence = complete(callbackConsequence, "callbackConsequence");
        }

        private static String nonNull(String value, String field) {
            return Objects.requireNonNull(value, () -> field + " is missing");
        }

        private static Map<ConsequenceKind, String> complete(Map<ConsequenceKind, String> byKind, String field) {
            Objects.requireNonNull(byKind, () -> field + " is missing");
            EnumMap<ConsequenceKind, String> copy = new EnumMap<>(ConsequenceKind.class);
            for (ConsequenceKind kind : ConsequenceKind.values()) {
                String text = byKind.get(kind);
                if (text == null || text.isBlank()) {
                    throw new IllegalArgumentException(field + "." + kind + " is missing or blank");
                }
                copy.put(kind, text);
            }
            return Map.copyOf(copy);
        }
    }
}
