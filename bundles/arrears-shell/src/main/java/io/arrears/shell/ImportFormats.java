package io.arrears.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The intake formats {@code arrears:import} knows, and telling them apart by a file's first bytes. */
final class ImportFormats {

    static final List<String> KNOWN = List.of("csv", "ubl", "ksef", "camt", "mt940");

    private static final int HEAD = 8192;

    private ImportFormats() {
    }

    /** {@code --format} when given (checked), otherwise guessed from the content and the file name. */
    static String choose(String option, Path file) throws IOException {
        if (option != null && !option.isBlank()) {
            String format = option.strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(format)) {
                throw new IllegalArgumentException("unknown format '" + option + "': use one of " + String.join(", ", KNOWN));
            }
            return format;
        }
        return guess(file.getFileName().toString(), head(file));
    }

    static String guess(String name, String head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (head.stripLeading().startsWith("<")) {
            if (head.contains("urn:iso:std:iso:20022:tech:xsd:camt.05")) {
                return "camt";
            }
            if (head.contains("urn:oasis:names:specification:ubl:schema:xsd:")) {
                return "ubl";
            }
            if (head.contains("http://crd.gov.pl/wzor/") || head.contains("<Faktura")) {
                return "ksef";
            }
        } else if (head.contains(":20:") && (head.contains(":60F:") || head.contains(":60M:") || head.contains(":61:"))) {
            return "mt940";
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt") && head.lines().findFirst().orElse("").contains(";")) {
            return "csv";
        }
        throw new IllegalArgumentException("cannot tell the format of " + name + " (not CSV, UBL, KSeF, camt.053/054 or MT940): "
                + "give it with --format " + String.join("|", KNOWN));
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
        }
    }
}
