package io.arrears.route.erpintake;

import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one invoice file and imports its records. A malformed file throws
 * {@link io.arrears.api.intake.IntakeParseException} before anything is imported; records the ledger
 * refuses are logged with the file name and the file still counts as imported. The
 * {@link ImportResult} becomes the message body.
 */
public final class InvoiceFileProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceFileProcessor.class);

    private final String source;
    private final InvoiceDocumentParser parser;
    private final IntakeService intake;

    /** @param source the integration name recorded with every item, e.g. {@code erpintake.csv} */
    public InvoiceFileProcessor(String source, InvoiceDocumentParser parser, IntakeService intake) {
        this.source = Objects.requireNonNull(source, "source");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        List<InvoiceRecord> records;
        try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
            records = parser.parse(in, name);
        }
        ImportResult result = intake.importInvoices(source, records);
        result.problems().forEach(p -> LOG.warn("{}: record {} not imported: {}", name, p.record(), p.reason()));
        exchange.getIn().setBody(result);
    }
}
