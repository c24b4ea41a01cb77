package io.arrears.route.erpintake;

import io.arrears.api.intake.InvoiceRecord;
import java.io.InputStream;
import java.util.List;

/** One of the invoice formats: a file in, its records out, or an {@link io.arrears.api.intake.IntakeParseException}. */
@FunctionalInterface
public interface InvoiceDocumentParser {

    List<InvoiceRecord> parse(InputStream in, String sourceName);

    static InvoiceDocumentParser csv(CsvFormat format) {
        return new CsvInvoiceParser(format)::parse;
    }

    static InvoiceDocumentParser ubl() {
        UblInvoiceParser parser = new UblInvoiceParser();
        return (in, name) -> List.of(parser.parse(in, name));
    }

    static InvoiceDocumentParser ksef() {
        KsefInvoiceParser parser = new KsefInvoiceParser();
        return (in, name) -> List.of(parser.parse(in, name));
    }
}
