package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A receivable item as issued: what the ERP booked. Its state (outstanding amount, status) is
 * derived by the ledger, see {@link ItemBalance}.
 *
 * @param id                   unique in Arrears (e.g. ERP company + document type + number)
 * @param documentNumber       the number printed on the document
 * @param amount               the original amount, always positive (also for credit notes)
 * @param parentDocumentNumber the invoice an instalment belongs to, a credit note reduces, or a fee
 *                             or interest item was charged for; required for instalments, never
 *                             given for invoices
 * @param paymentReference     the reference the debtor is asked to quote, e.g. an ISO 11649 RF
 *                             creditor reference
 */
public record Item(
        String id,
        String customerId,
        ItemKind kind,
        String documentNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amount,
        Optional<String> parentDocumentNumber,
        Optional<String> paymentReference) {

    public Item {
        Checks.text(id, "Item", "id");
        Checks.text(customerId, "Item", "customerId");
        Checks.present(kind, "Item", "kind");
        Checks.text(documentNumber, "Item", "documentNumber");
        Checks.present(issueDate, "Item", "issueDate");
        Checks.present(dueDate, "Item", "dueDate");
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException(
                    "Item.dueDate " + dueDate + " lies before issueDate " + issueDate + " (item " + id + ")");
        }
        Checks.positive(amount, "Item", "amount");
        parentDocumentNumber = Checks.optionalText(parentDocumentNumber, "Item", "parentDocumentNumber");
        paymentReference = Checks.optionalText(paymentReference, "Item", "paymentReference");
        if (kind == ItemKind.INSTALMENT && parentDocumentNumber.isEmpty()) {
            throw new IllegalArgumentException("Item.parentDocumentNumber is required for an instalment (item " + id + ")");
        }
        if (kind == ItemKind.INVOICE && parentDocumentNumber.isPresent()) {
            throw new IllegalArgumentException(
                    "Item.parentDocumentNumber must be empty for an invoice (item " + id + ", parent "
                            + parentDocumentNumber.get() + ")");
        }
    }

    /** An invoice without parent or payment reference. */
    public static Item invoice(String id, String customerId, String documentNumber, LocalDate issueDate, LocalDate dueDate,
            Money amount) {
        return new Item(id, customerId, ItemKind.INVOICE, documentNumber, issueDate, dueDate, amount, Optional.empty(),
                Optional.empty());
    }

    /** True when {@code reference} names this item: its document number, payment reference or parent invoice. */
    public boolean isReferencedBy(String reference) {
        String wanted = References.normalise(reference);
        return wanted.equals(References.normalise(documentNumber))
                || paymentReference.map(References::normalise).filter(wanted::equals).isPresent()
                || (kind == ItemKind.INSTALMENT
                        && parentDocumentNumber.map(References::normalise).filter(wanted::equals).isPresent());
    }
}
