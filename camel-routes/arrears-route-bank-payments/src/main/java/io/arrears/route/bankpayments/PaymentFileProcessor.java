package io.arrears.route.bankpayments;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.IntakeService;
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
 * Parses one statement file and imports its transactions, from the folder route or a file named by an
 * operator ({@link FileImporter}): matched payments go to the ledger, the others to the collectors'
 * queue. A malformed file throws before anything is imported. The {@link ImportResult} becomes the
 * message body. Files and unmatched payments are counted per source; the folder route's lag is recorded.
 */
public final class PaymentFileProcessor implements Processor, FileImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentFileProcessor.class);

    private final String source;
    private final StatementParser parser;
    private final IntakeService intake;
    private final Metrics metrics;

    public PaymentFileProcessor(String source, StatementParser parser, IntakeService intake, Metrics metrics) {
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
        List<BankTransaction> transactions;
        try {
            transactions = parser.parse(in, name);
        } catch (IntakeParseException e) {
            metrics.increment(ArrearsMeters.INTAKE_FILES, source, ArrearsMeters.REJECTED);
            throw e;
        }
        ImportResult result = intake.importPayments(source, transactions);
        metrics.increment(ArrearsMeters.INTAKE_FILES, source, ArrearsMeters.IMPORTED);
        metrics.add(ArrearsMeters.UNMATCHED_PAYMENTS, result.unmatchedPayments(), source);
        result.problems().forEach(p -> LOG.warn("{}: transaction {} not imported: {}", name, p.record(), p.reason()));
        return result;
    }
}
