package io.arrears.api.intake;

import java.util.Optional;

/** The imported documents, one row per source and source document id. */
public interface IntakeDocumentRepository {

    Optional<IntakeDocument> find(String source, String sourceDocumentId);

    /** The document with this printed number for this customer (for cancellations and credit notes). */
    Optional<IntakeDocument> findByNumber(String customerId, String documentNumber);

    /** Inserts or replaces the row of {@code document.source()} and {@code document.sourceDocumentId()}. */
    void save(IntakeDocument document);
}
