package io.arrears.core.call;

import io.arrears.core.promise.ConfigurationException;
import io.arrears.core.promise.JsonConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The call confirmation texts as an administrator has edited them: {@code <directory>/<language>/}{@value #FILE}
 * (one language's texts, the same keys as a language of the bundled {@code confirmation-texts.json}) replaces the
 * bundled texts of that language, or adds a language. The files are read again for every confirmation, so an edit
 * applies to the next call without a rebuild or restart; a broken file is an error naming the file and the key.
 */
public final class ConfirmationTextFiles {

    static final String FILE = "confirmation.json";
    // the language becomes a path segment: only plain ISO 639-1 codes, never '..' or separators
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Set<String> PLACEHOLDERS = new TreeSet<>(Set.of("name", "collector", "callDate", "amount", "date",
            "when", "open", "holder", "iban", "bic", "reference", "link"));

    private final ConfirmationTexts bundled;
    private final Optional<Path> directory;

    /** @param directory the administrator's template folder; empty: the bundled texts only */
    public ConfirmationTextFiles(ConfirmationTexts bundled, Optional<Path> directory) {
        this.bundled = Objects.requireNonNull(bundled, "bundled");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * The texts to write a confirmation for a debtor speaking {@code languageTag} with: the bundled ones, with the
     * administrator's files of that language and of English (the fallback) read now.
     *
     * @throws ConfigurationException when one of those files is unreadable or incomplete
     */
    public ConfirmationTexts forLanguage(String languageTag) {
        if (directory.isEmpty()) {
            return bundled;
        }
        Map<String, ConfirmationTexts.Texts> languages = new HashMap<>(bundled.languages());
        for (String language : new String[] {ConfirmationTexts.FALLBACK, ConfirmationTexts.primaryLanguage(languageTag)}) {
            override(language).ifPresent(texts -> languages.put(language, texts));
        }
        return new ConfirmationTexts(languages);
    }

    private Optional<ConfirmationTexts.Texts> override(String language) {
        if (!ISO_639_1.matcher(language).matches()) {
            return Optional.empty();
        }
        Path file = directory.orElseThrow().resolve(language).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ConfirmationTexts.Texts texts = JsonConfig.read(file, ConfirmationTexts.Texts.class);
        checkPlaceholders(file, texts);
        return Optional.of(texts);
    }

    // a misspelt placeholder would otherwise only fail when that sentence is first used, without the file's name
    private static void checkPlaceholders(Path file, ConfirmationTexts.Texts texts) {
        Map<String, String> byKey = new TreeMap<>(Map.of("subject", texts.subject(), "greeting", texts.greeting(), "intro",
                texts.intro(), "fullPromise", texts.fullPromise(), "partialPromise", texts.partialPromise(), "callback",
                texts.callback(), "noCommitment", texts.noCommitment(), "howToPay", texts.howToPay(), "paymentLink",
                texts.paymentLink(), "closing", texts.closing()));
        texts.promiseConsequence().forEach((kind, text) -> byKey.put("promiseConsequence." + kind, text));
        texts.callbackConsequence().forEach((kind, text) -> byKey.put("callbackConsequence." + kind, text));
        byKey.forEach((key, text) -> {
            Matcher placeholder = PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                    throw new ConfigurationException(file + ": " + key + " uses {" + placeholder.group(1)
                            + "}, which is not one of " + PLACEHOLDERS);
                }
            }
        });
    }
}
