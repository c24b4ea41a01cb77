package io.arrears.core.intake;

import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.core.ledger.JournalReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Turns an imported document into ledger events. Pure: the caller looks up the stored document and
 * the ledger's current item.
 *
 * <ul>
 *   <li>new document: {@code ItemRecorded} (invoice, or a credit note referencing its invoice);</li>
 *   <li>same document, same content hash: nothing;</li>
 *   <li>same document, new hash but the same ledger item (only fields the ledger does not keep changed,
 *       e.g. the e-mail): nothing in the ledger, the new hash is stored;</li>
 *   <li>same document with a changed amount, due date or other item field: the ledger never edits an
 *       item, so the current revision is cancelled ({@code ItemCancelled}, reason names the change) and
 *       the document recorded again as revision n+1 under item id {@code <source>:<id>~r<n+1>}.
 *       Payments released by the cancellation settle again, first on the claims they name, which the
 *       new revision still matches by its document number;</li>
 *   <li>cancellation: {@code ItemCancelled} of the referenced document of the same customer.</li>
 * </ul>
 */
final class InvoiceMapping {

    private InvoiceMapping() {
    }

    /** The ledger item id of a document revision: {@code source:id} for the first, {@code source:id~rN} after. */
    static String itemId(String source, String sourceDocumentId, int revision) {
        return source + ":" + sourceDocumentId + (revision == 1 ? "" : "~r" + revision);
    }

    /** The ledger customer of a record: its ERP customer id, else its tax id. */
    static String customerId(InvoiceRecord record) {
        String id = blankToNull(record.customerErpId());
        if (id == null) {
            id = blankToNull(record.taxId());
        }
        if (id == null) {
            throw new IntakeRejection("document " + record.documentNumber() + " names neither a customer id nor a tax id "
                    + "for buyer '" + record.customerName() + "'");
        }
        return id;
    }

    /**
     * @param stored     the stored row of this source document, if imported before
     * @param current    the ledger's item of the stored row's revision
     * @param referenced for a cancellation: the stored row of the document it cancels
     * @param today      the date of a cancellation event
     */
    static InvoiceChange map(String source, InvoiceRecord record, Optional<IntakeDocument> stored, Optional<Item> current,
            Optional<IntakeDocument> referenced, LocalDate today) {
        if (record.kind() == DocumentKind.CANCELLATION) {
            return cancellation(record, referenced, today);
        }
        String customerId = customerId(record);
        if (stored.isEmpty()) {
            Item item = item(source, record, customerId, 1);
            return new InvoiceChange(InvoiceChange.Kind.CREATED, List.of(new LedgerEvent.ItemRecorded(item)),
                    Optional.of(document(source, record, customerId, item.id(), 1)));
        }
        IntakeDocument before = stored.get();
        if (before.contentHash().equals(record.contentHash())) {
            return InvoiceChange.unchanged();
        }
        if (!before.customerId().equals(customerId)) {
            throw new IntakeRejection("document " + record.documentNumber() + " was imported for customer "
                    + before.customerId() + " and now names customer " + customerId + "; cancel it in the ERP and issue a new one");
        }
        if (before.cancelled()) {
            throw new IntakeRejection("document " + record.documentNumber() + " was cancelled; a cancelled document is not "
                    + "revived by a changed copy, issue a new document");
        }
        Item previous = current.orElseThrow(() -> new IllegalStateException(
                "document " + before.sourceDocumentId() + " is stored as item " + before.itemId() + ", which the ledger lacks"));
        Item same = item(source, record, customerId, before.revision());
        if (same.equals(previous)) {
            return new InvoiceChange(InvoiceChange.Kind.UNCHANGED, List.of(),
                    Optional.of(document(source, record, customerId, before.itemId(), before.revision())));
        }
        int revision = before.revision() + 1;
        Item next = item(source, record, customerId, revision);
        LedgerEvent cancel = new LedgerEvent.ItemCancelled(customerId, previous.id(), today,
                JournalReason.fit("replaced by revision " + revision + " of " + record.documentNumber() + ": " + difference(previous, next)));
        return new InvoiceChange(InvoiceChange.Kind.UPDATED, List.of(cancel, new LedgerEvent.ItemRecorded(next)),
                Optional.of(document(source, record, customerId, next.id(), revision)));
    }

    private static InvoiceChange cancellation(InvoiceRecord record, Optional<IntakeDocument> referenced, LocalDate today) {
        String target = targetOf(record);
        IntakeDocument document = referenced.orElseThrow(() -> new IntakeRejection("cancellation " + record.documentNumber()
                + " refers to document " + target + ", which was not imported for customer " + customerId(record)));
        if (document.cancelled()) {
            return InvoiceChange.unchanged();
        }
        LedgerEvent cancel = new LedgerEvent.ItemCancelled(document.customerId(), document.itemId(), today,
                JournalReason.fit("cancelled by " + record.documentNumber()));
        IntakeDocument after = new IntakeDocument(document.source(), document.sourceDocumentId(), document.documentNumber(),
                document.customerId(), document.itemId(), document.revision(), document.contentHash(), true);
        return new InvoiceChange(InvoiceChange.Kind.CANCELLED, List.of(cancel), Optional.of(after));
    }

    /** The document number a cancellation withdraws: the referenced invoice, else its own number. */
    static String targetOf(InvoiceRecord cancellation) {
        String referenced = blankToNull(cancellation.referencedInvoiceNumber());
        return referenced == null ? cancellation.documentNumber() : referenced;
    }

    private static Item item(String source, InvoiceRecord record, String customerId, int revision) {
        boolean creditNote = record.kind() == DocumentKind.CREDIT_NOTE;
        LocalDate due = record.dueDate();
        if (due == null) {
            if (!creditNote) {
                throw new IntakeRejection("invoice " + record.documentNumber() + " has no due date; the ERP export must "
                        + "give one (payment terms are not known to the intake)");
            }
            // a credit note is available to the customer from its issue date
            due = record.issueDate();
        }
        Optional<String> parent = creditNote ? Optional.ofNullable(blankToNull(record.referencedInvoiceNumber())) : Optional.empty();
        try {
            return new Item(itemId(source, record.sourceDocumentId(), revision), customerId,
                    creditNote ? ItemKind.CREDIT_NOTE : ItemKind.INVOICE, record.documentNumber(), record.issueDate(), due,
                    record.amountPayable(), parent, Optional.ofNullable(blankToNull(record.paymentReference())));
        } catch (IllegalArgumentException e) {
            throw new IntakeRejection("document " + record.documentNumber() + ": " + e.getMessage());
        }
    }

    private static IntakeDocument document(String source, InvoiceRecord record, String customerId, String itemId, int revision) {
        return new IntakeDocument(source, record.sourceDocumentId(), record.documentNumber(), customerId, itemId, revision,
                record.contentHash(), false);
    }

    private static String difference(Item before, Item after) {
        StringBuilder sb = new StringBuilder();
        if (before.amount().compareTo(after.amount()) != 0 || !before.amount().currency().equals(after.amount().currency())) {
            sb.append("amount ").append(before.amount()).append(" -> ").append(after.amount()).append("; ");
        }
        if (!before.dueDate().equals(after.dueDate())) {
            sb.append("due ").append(before.dueDate()).append(" -> ").append(after.dueDate()).append("; ");
        }
        if (sb.isEmpty()) {
            sb.append("document details changed; ");
        }
        return sb.substring(0, sb.length() - 2);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
