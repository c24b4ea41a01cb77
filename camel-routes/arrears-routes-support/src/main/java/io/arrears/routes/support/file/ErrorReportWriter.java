package io.arrears.routes.support.file;

import io.arrears.api.intake.IntakeParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Writes {@code <file>.error.txt} next to where the failed file is moved ({@code .error/yyyyMMdd/}):
 * file, line, element or column, and reason of every problem the parser found, or the failure that
 * stopped the import, in words an operator can act on.
 */
public final class ErrorReportWriter implements Processor {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path inputFolder;
    private final Clock clock;

    public ErrorReportWriter(Path inputFolder, Clock clock) {
        this.inputFolder = inputFolder;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        write(name == null ? "unnamed" : name, failure);
    }

    /** Writes the report and returns its path. */
    public Path write(String fileName, Throwable failure) throws IOException {
        Path folder = inputFolder.resolve(FileIntakeSettings.ERROR_FOLDER).resolve(LocalDate.now(clock).format(DAY));
        Files.createDirectories(folder);
        Path report = folder.resolve(fileName + ".error.txt");
        Files.writeString(report, report(fileName, failure), StandardCharsets.UTF_8);
        return report;
    }

    static String report(String fileName, Throwable failure) {
        StringBuilder sb = new StringBuilder();
        sb.append("File: ").append(fileName).append('\n');
        if (failure instanceof IntakeParseException parse) {
            sb.append("The file could not be read and nothing from it was imported. Correct it and drop it again.\n\n");
            problem(sb, parse);
            for (Throwable more : parse.getSuppressed()) {
                if (more instanceof IntakeParseException next) {
                    problem(sb, next);
                }
            }
        } else if (failure != null) {
            sb.append("The import failed and was retried without success; nothing from the file was imported.\n")
                    .append("Move the file back into the input folder once the cause is fixed.\n\n")
                    .append("Cause: ").append(failure.getClass().getSimpleName()).append(": ").append(failure.getMessage())
                    .append('\n');
        } else {
            sb.append("The import failed for an unknown reason.\n");
        }
        return sb.toString();
    }

    private static void problem(StringBuilder sb, IntakeParseException e) {
        sb.append("- ");
        if (e.line() > 0) {
            sb.append("line ").append(e.line()).append(", ");
        }
        if (e.location() != null) {
            sb.append(e.location()).append(": ");
        }
        sb.append(e.reason()).append('\n');
    }
}
