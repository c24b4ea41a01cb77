package io.arrears.letters;

import io.arrears.api.letter.LetterRenderingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a template file for a language: {@code <overrideDirectory>/<language>/<file>} when an administrator
 * has put one there, else the bundled default {@code templates/<language>/<file>}. Files are read on every
 * call, so an edited template takes effect with the next letter, without a rebuild or restart.
 */
final class TemplateSource {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern FILE = Pattern.compile("[a-z]+\\.tpl");

    private final Optional<Path> overrideDirectory;

    TemplateSource(Optional<Path> overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    /** Whether {@code <language>/<file>} exists, as an override or bundled; a language without one falls back. */
    boolean exists(String language, String file) {
        if (!LANGUAGE.matcher(language).matches() || !FILE.matcher(file).matches()) {
            return false;
        }
        return overrideDirectory.map(d -> Files.isRegularFile(d.resolve(language).resolve(file))).orElse(false)
                || TemplateSource.class.getResource("templates/" + language + "/" + file) != null;
    }

    TemplateFile load(String language, String file) {
        // both parts become path segments: only plain names, never '..' or separators
        if (!LANGUAGE.matcher(language).matches()) {
            throw new LetterRenderingException("language '" + language + "' is not an ISO 639 code");
        }
        if (!FILE.matcher(file).matches()) {
            throw new LetterRenderingException("template file name '" + file + "' is not a plain '<name>.tpl'");
        }
        if (overrideDirectory.isPresent()) {
            Path candidate = overrideDirectory.get().resolve(language).resolve(file);
            if (Files.isRegularFile(candidate)) {
                try {
                    return TemplateFile.parse(candidate.toString(), Files.readString(candidate, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new LetterRenderingException("cannot read template " + candidate + ": " + e.getMessage(), e);
                }
            }
        }
        String resource = "templates/" + language + "/" + file;
        try (InputStream in = TemplateSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LetterRenderingException("no template " + language + "/" + file + " (bundled languages: "
                        + LetterLanguages.BUNDLED + overrideDirectory.map(d -> "; override directory " + d).orElse("") + ")");
            }
            return TemplateFile.parse(language + "/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled template " + resource, e);
        }
    }
}
