package io.arrears.api.document;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an invoice copy shows: Arrears holds the invoice's ledger data, not the ERP's PDF, so the copy says so.
 *
 * @param languageTag BCP 47 language of the debtor (the letters' language)
 * @param kind        the ledger item kind (INVOICE, INSTALMENT, …)
 * @param asOf        the day the outstanding amount refers to (the placement date)
 */
public record InvoiceCopy(String languageTag, String creditorName, String debtorName, String customerId, String documentNumber,
        String kind, LocalDate issueDate, LocalDate dueDate, Money amount, Money outstanding, Optional<String> paymentReference,
        LocalDate asOf) {

    public InvoiceCopy {
        Objects.requireNonNull(languageTag, "InvoiceCopy.languageTag");
        Objects.requireNonNull(creditorName, "InvoiceCopy.creditorName");
        Objects.requireNonNull(debtorName, "InvoiceCopy.debtorName");
        Objects.requireNonNull(customerId, "InvoiceCopy.customerId");
        Objects.requireNonNull(documentNumber, "InvoiceCopy.documentNumber");
        Objects.requireNonNull(kind, "InvoiceCopy.kind");
        Objects.requireNonNull(issueDate, "InvoiceCopy.issueDate");
        Objects.requireNonNull(dueDate, "InvoiceCopy.dueDate");
        Objects.requireNonNull(amount, "InvoiceCopy.amount");
        Objects.requireNonNull(outstanding, "InvoiceCopy.outstanding");
        Objects.requireNonNull(paymentReference, "InvoiceCopy.paymentReference");
        Objects.requireNonNull(asOf, "InvoiceCopy.asOf");
    }
}
