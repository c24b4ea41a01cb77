package io.arrears.route.erpintake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of an invoice record as the database and JSON API intakes map them (same names as the
 * CSV columns, see CSV-FORMAT.md, plus {@link #CANCELLED}): the keys of {@code column.<field>} and
 * {@code field.<field>} in their configurations.
 */
public enum InvoiceField {
    DOCUMENT_NUMBER(true),
    KIND(false),
    /** true/yes/1/Y/CANCELLED: the ERP has withdrawn the document (a status flag on the same row). */
    CANCELLED(false),
    CUSTOMER_ID(true),
    CUSTOMER_NAME(true),
    TAX_ID(false),
    COUNTRY(false),
    EMAIL(false),
    ISSUE_DATE(true),
    DUE_DATE(false),
    AMOUNT(true),
    CURRENCY(true),
    REFERENCED_INVOICE(false),
    PAYMENT_REFERENCE(false),
    SOURCE_DOCUMENT_ID(false),
    /** The customer's segment in the ERP (key-account, sme, micro, consumer, ...): picks the negotiation guardrails. */
    SEGMENT(false);

    final boolean required;

    InvoiceField(boolean required) {
        this.required = required;
    }

    /** The name in configuration keys and in default column names, e.g. {@code due_date}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<InvoiceField> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key().equals(k)).findFirst();
    }
}
