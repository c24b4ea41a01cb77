package io.arrears.api.intake;

import java.util.Objects;

/**
 * Which ledger item an imported document currently is, and the content hash it was imported with.
 *
 * @param source           the integration
 * @param sourceDocumentId the document's id in its source
 * @param documentNumber   the printed number
 * @param customerId       the ledger customer
 * @param itemId           the ledger item of the current revision
 * @param revision         1 for the first import, +1 for each change that replaced the item
 * @param contentHash      hash of the last imported content
 * @param cancelled        true once a cancellation was applied
 */
public record IntakeDocument(String source, String sourceDocumentId, String documentNumber, String customerId,
        String itemId, int revision, String contentHash, boolean cancelled) {

    public IntakeDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceDocumentId, "sourceDocumentId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(contentHash, "contentHash");
        if (revision < 1) {
            throw new IllegalArgumentException("IntakeDocument.revision " + revision + " of " + sourceDocumentId + " is below 1");
        }
    }
}
