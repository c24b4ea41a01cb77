package io.arrears.api.intake;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invoice-like document as read from an ERP export or an e-invoice, before it enters the ledger.
 *
 * @param sourceDocumentId        the document's identity in its source (UBL-TR ETTN/UUID, KSeF number,
 *                                otherwise the document number); never null
 * @param documentNumber          the number printed on the document (cbc:ID, P_2, CSV column)
 * @param kind                    invoice, credit note or cancellation
 * @param customerErpId           the buyer's id in the ERP (party identification); may be null if the
 *                                source only has a tax id
 * @param customerName            the buyer's name
 * @param taxId                   the buyer's VAT/tax id (NIP, VKN/TCKN, VAT number); may be null
 * @param country                 ISO 3166-1 alpha-2 country of the buyer; may be null
 * @param email                   buyer contact e-mail; may be null
 * @param issueDate               issue date
 * @param dueDate                 due date; may be null only when the source gives none (the ledger then
 *                                applies the customer's payment terms)
 * @param amountPayable           amount payable, positive, in the document currency (for a credit note the
 *                                amount credited, still positive: {@link #kind()} gives the sign)
 * @param referencedInvoiceNumber for credit notes and cancellations, the invoice they refer to; may be null
 * @param paymentReference        reference the payer is asked to quote (RF creditor reference, PaymentID);
 *                                may be null
 * @param contentHash             SHA-256 (hex) over the source content, the idempotency key for intake
 * @param customerSegment         the buyer's segment in the ERP (key-account, sme, micro, consumer, ...); may be
 *                                null when the source does not name one
 */
public record InvoiceRecord(
        String sourceDocumentId,
        String documentNumber,
        DocumentKind kind,
        String customerErpId,
        String customerName,
        String taxId,
        String country,
        String email,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amountPayable,
        String referencedInvoiceNumber,
        String paymentReference,
        String contentHash,
        String customerSegment) {

    public InvoiceRecord {
        Objects.requireNonNull(sourceDocumentId, "sourceDocumentId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(amountPayable, "amountPayable");
        Objects.requireNonNull(contentHash, "contentHash");
        if (amountPayable.isNegative()) {
            throw new IllegalArgumentException("amountPayable of " + documentNumber + " is negative (" + amountPayable
                    + "): the kind carries the sign");
        }
    }

    /** A document whose source names no customer segment. */
    public InvoiceRecord(String sourceDocumentId, String documentNumber, DocumentKind kind, String customerErpId,
            String customerName, String taxId, String country, String email, LocalDate issueDate, LocalDate dueDate,
            Money amountPayable, String referencedInvoiceNumber, String paymentReference, String contentHash) {
        this(sourceDocumentId, documentNumber, kind, customerErpId, customerName, taxId, country, email, issueDate, dueDate,
                amountPayable, referencedInvoiceNumber, paymentReference, contentHash, null);
    }

    /** ISO 4217 code of the document currency. */
    public String currency() {
        return amountPayable.currencyCode();
    }
}
