package io.arrears.core.intake;

import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.ledger.LedgerEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one invoice record does: the ledger events to apply, in order, and the document row to save.
 *
 * @param kind     how the import counts it
 * @param events   empty when nothing changes in the ledger
 * @param document the row to save; empty when the stored row stays as it is
 */
record InvoiceChange(Kind kind, List<LedgerEvent> events, Optional<IntakeDocument> document) {

    enum Kind {
        CREATED,
        UPDATED,
        UNCHANGED,
        CANCELLED
    }

    InvoiceChange {
        Objects.requireNonNull(kind, "kind");
        events = List.copyOf(events);
        Objects.requireNonNull(document, "document");
    }

    static InvoiceChange unchanged() {
        return new InvoiceChange(Kind.UNCHANGED, List.of(), Optional.empty());
    }
}
