package io.arrears.routes.support.file;

import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one file into records and imports them, from a folder route or a file named by an operator
 * ({@link FileImporter}). A malformed file throws {@link IntakeParseException} before anything is
 * imported; records the ledger refuses are logged with the file name and the file still counts as
 * imported. The {@link ImportResult} becomes the message body. Files are counted per source and
 * outcome, and the folder route's lag (file age at import) is recorded.
 *
 * @param <R> the record type of the file format (invoice records, bank transactions)
 */
public final class FileImportProcessor<R> implements Processor, FileImporter {

    /** Reads a whole file; throws {@link IntakeParseException} when it is malformed. */
    @FunctionalInterface
    public interface Parser<R> {
        List<R> parse(InputStream in, String fileName);
    }

    /** Imports the parsed records under the integration's source name. */
    @FunctionalInterface
    public interface Importer<R> {
        ImportResult importRecords(String source, List<R> records);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FileImportProcessor.class);

    private final String source;
    private final Parser<R> parser;
    private final Importer<R> importer;
    private final Metrics metrics;

    /** @param source the integration name recorded with every record, e.g. {@code erpintake.csv} */
    public FileImportProcessor(String source, Parser<R> parser, Importer<R> importer, Metrics metrics) {
        this.source = Objects.requireNonNull(source, "source");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
            exchange.getIn().setBody(importStream(in, name));
        }
        IntakeLag.record(metrics, source, exchange);
    }

    @Override
    public ImportResult importFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private ImportResult importStream(InputStream in, String name) {
        List<R> records;
        try {
            records = parser.parse(in, name);
        } catch (IntakeParseException e) {
            metrics.increment(ArrearsMeters.INTAKE_FILES, source, ArrearsMeters.REJECTED);
            throw e;
        }
        ImportResult result = importer.importRecords(source, records);
        metrics.increment(ArrearsMeters.INTAKE_FILES, source, ArrearsMeters.IMPORTED);
        result.problems().forEach(p -> LOG.warn("{}: record {} not imported: {}", name, p.record(), p.reason()));
        return result;
    }
}
