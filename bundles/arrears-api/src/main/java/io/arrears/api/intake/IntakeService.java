package io.arrears.api.intake;

import java.util.List;

/**
 * Brings ERP documents and bank payments into the persisted ledger, exactly once: importing the same
 * records again changes nothing. Payments that cannot be matched without guessing wait in a queue
 * until a collector resolves them.
 */
public interface IntakeService {

    /**
     * Records new invoices and credit notes, replaces changed ones, applies cancellations.
     *
     * @param source  the integration the records came from (e.g. {@code erpintake.csv}), part of item ids
     * @param records as parsed; each is handled on its own, a bad one is reported in {@link ImportResult#problems()}
     */
    ImportResult importInvoices(String source, List<InvoiceRecord> records);

    /**
     * Matches incoming payments to open items and applies them; reversals undo the payment they return.
     * Outgoing, pending and informational bookings are ignored.
     */
    ImportResult importPayments(String source, List<BankTransaction> transactions);

    /** Payments waiting for a collector, oldest first, at most {@code limit}. */
    List<UnmatchedPayment> unmatchedPayments(int limit);

    /**
     * Applies a queued payment to a customer: to the named items first (their document numbers become the
     * payment's references), the rest oldest-first.
     *
     * @param id         {@link UnmatchedPayment#id()}
     * @param customerId the customer who paid
     * @param itemIds    items of that customer the payment is meant for; may be empty
     * @param resolvedBy who decided, for the audit trail
     * @throws IllegalArgumentException when the payment is not waiting or an item is not the customer's
     */
    void resolveUnmatched(long id, String customerId, List<String> itemIds, String resolvedBy);
}
