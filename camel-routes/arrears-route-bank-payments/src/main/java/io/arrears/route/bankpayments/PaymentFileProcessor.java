package io.arrears.route.bankpayments;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeService;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one statement file and imports its transactions: matched payments go to the ledger, the
 * others to the collectors' queue. A malformed file throws before anything is imported. The
 * {@link ImportResult} becomes the message body.
 */
public final class PaymentFileProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentFileProcessor.class);

    private final String source;
    private final StatementParser parser;
    private final IntakeService intake;

    public PaymentFileProcessor(String source, StatementParser parser, IntakeService intake) {
        this.source = Objects.requireNonNull(source, "source");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        List<BankTransaction> transactions;
        try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
            transactions = parser.parse(in, name);
        }
        ImportResult result = intake.importPayments(source, transactions);
        result.problems().forEach(p -> LOG.warn("{}: transaction {} not imported: {}", name, p.record(), p.reason()));
        exchange.getIn().setBody(result);
    }
}
