package io.arrears.route.erpintake;

import java.util.Arrays;
import java.util.Optional;

/** The columns of the invoice CSV (see CSV-FORMAT.md); header names are matched case-insensitively. */
enum CsvColumn {
    DOCUMENT_NUMBER("document_number", true),
    KIND("kind", false),
    CUSTOMER_ID("customer_id", true),
    CUSTOMER_NAME("customer_name", true),
    TAX_ID("tax_id", false),
    COUNTRY("country", false),
    EMAIL("email", false),
    ISSUE_DATE("issue_date", true),
    DUE_DATE("due_date", false),
    AMOUNT("amount", true),
    CURRENCY("currency", true),
    REFERENCED_INVOICE("referenced_invoice", false),
    PAYMENT_REFERENCE("payment_reference", false),
    SOURCE_DOCUMENT_ID("source_document_id", false),
    SEGMENT("segment", false);

    final String header;
    final boolean required;

    CsvColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    static Optional<CsvColumn> byHeader(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(n)).findFirst();
    }

    static String allHeaders() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.header).toList());
    }
}
