package io.arrears.api.intake;

import java.nio.file.Path;

/**
 * Imports one file of one format now, the way its folder route would (same parser, same settings, same
 * exactly-once import), without moving the file. Registered once per format with the service property
 * {@value #FORMAT} (e.g. {@code csv}, {@code ubl}, {@code ksef}, {@code camt}, {@code mt940}).
 */
public interface FileImporter {

    /** Service property naming the format. */
    String FORMAT = "arrears.format";

    /**
     * @throws IntakeParseException       when the file is not valid in this format (nothing imported)
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    ImportResult importFile(Path file);
}
