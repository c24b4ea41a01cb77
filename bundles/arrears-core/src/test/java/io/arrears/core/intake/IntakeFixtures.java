package io.arrears.core.intake;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.time.LocalDate;

/** Records as the parsers would produce them. */
final class IntakeFixtures {

    static final LocalDate ISSUED = LocalDate.of(2025, 3, 3);

    private IntakeFixtures() {
    }

    static InvoiceRecord invoice(String number, String customer, String amount, LocalDate due, String hash) {
        return new InvoiceRecord("ERP-" + number, number, DocumentKind.INVOICE, customer, "Customer " + customer, null, "DE",
                customer.toLowerCase() + "@example.com", ISSUED, due, Money.of(amount, "EUR"), null, null, hash);
    }

    static InvoiceRecord withReference(InvoiceRecord r, String paymentReference) {
        return new InvoiceRecord(r.sourceDocumentId(), r.documentNumber(), r.kind(), r.customerErpId(), r.customerName(),
                r.taxId(), r.country(), r.email(), r.issueDate(), r.dueDate(), r.amountPayable(), r.referencedInvoiceNumber(),
                paymentReference, r.contentHash() + "-ref");
    }

    static InvoiceRecord cancellation(String number, String customer, String cancels) {
        return new InvoiceRecord("ERP-" + number, number, DocumentKind.CANCELLATION, customer, "Customer " + customer, null,
                null, null, ISSUED.plusDays(5), null, Money.of("0", "EUR"), cancels, null, "hash-" + number);
    }

    static InvoiceRecord creditNote(String number, String customer, String amount, String invoice) {
        return new InvoiceRecord("ERP-" + number, number, DocumentKind.CREDIT_NOTE, customer, "Customer " + customer, null,
                null, null, ISSUED.plusDays(2), null, Money.of(amount, "EUR"), invoice, null, "hash-" + number);
    }

    static BankTransaction credit(String amount, String payer, String creditorReference, String text, String key) {
        return new BankTransaction("DE89370400440532013000", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1),
                Money.of(amount, "EUR"), CreditDebit.CREDIT, false, BookingStatus.BOOKED, "E2E-" + key, "BANK-" + key, payer,
                creditorReference, text, key, 0);
    }

    static BankTransaction returnOf(BankTransaction original, String key) {
        return new BankTransaction(original.accountIban(), original.bookingDate().plusDays(3), null, original.amount(),
                CreditDebit.DEBIT, true, BookingStatus.BOOKED, original.endToEndId(), "BANK-" + key, null, null,
                "RETURN " + original.remittanceText(), key, 0);
    }
}
