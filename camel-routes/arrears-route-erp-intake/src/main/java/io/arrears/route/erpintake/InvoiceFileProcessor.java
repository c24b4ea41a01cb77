package io.arrears.route.erpintake;

import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import io.arrears.routes.support.file.IntakeLag;
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
 * Parses one invoice file and imports its records, from the folder route or a file named by an operator
 * ({@link FileImporter}). A malformed file throws {@link IntakeParseException} before anything is
 * imported; records the ledger refuses are logged with the file name and the file still counts as
 * imported. The {@link ImportResult} becomes the message body. Files are counted per source and
 * outcome, and the folder route's lag (file age at import) is recorded.
 */
public final class InvoiceFileProcessor implements Processor, FileImporter {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceFileProcessor.class);

    private final String source;
    private final InvoiceDocumentParser parser;
    private final IntakeService intake;
    private final Metrics metrics;

    /** @param source the integration name recorded with every item, e.g. {@code erpintake.csv} */
    public InvoiceFileProcessor(String source, InvoiceDocumentParser parser, IntakeService intake, Metrics metrics) {
        this.source = Objects.requireNonNull(source, "source");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.intake = Objects.requireNonNull(intake, "intake");
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
        List<InvoiceRecord> records;
        try {
            records = parser.parse(in, name);
        } catch (IntakeParseException e) {
            metrics.increment(ArrearsMeters.INTAKE_FILES, source, ArrearsMeters.REJECTED);
            throw e;
        }
        ImportResult result = intake.importInvoices(source, records);
        metrics.increment(ArrearsMeters.INTAKE_FILES, source, ArrearsMeters.IMPORTED);
        result.problems().forEach(p -> LOG.warn("{}: record {} not imported: {}", name, p.record(), p.reason()));
        return result;
    }
}
