package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.LocalDate;

/**
 * What happened to a customer's receivables. The ledger is a function of its events in the order
 * they were accepted: persist them in that order and replay them to rebuild it. Events of different
 * customers never affect each other, so a customer's ledger can be rebuilt from its events alone.
 */
public sealed interface LedgerEvent
        permits LedgerEvent.ItemRecorded, LedgerEvent.PaymentRecorded, LedgerEvent.ItemCancelled, LedgerEvent.ItemWaived {

    String customerId();

    /** An item booked in the ERP (invoice, credit note, instalment) or by Arrears (fee, interest). */
    record ItemRecorded(Item item) implements LedgerEvent {
        public ItemRecorded {
            Checks.present(item, "ItemRecorded", "item");
        }

        @Override
        public String customerId() {
            return item.customerId();
        }
    }

    /** A payment received, or a reversal of one. */
    record PaymentRecorded(Payment payment) implements LedgerEvent {
        public PaymentRecorded {
            Checks.present(payment, "PaymentRecorded", "payment");
        }

        @Override
        public String customerId() {
            return payment.customerId();
        }
    }

    /** A document cancelled in the ERP; not allowed for fees and interest (those are waived). */
    record ItemCancelled(String customerId, String itemId, LocalDate date, String reason) implements LedgerEvent {
        public ItemCancelled {
            Checks.text(customerId, "ItemCancelled", "customerId");
            Checks.text(itemId, "ItemCancelled", "itemId");
            Checks.present(date, "ItemCancelled", "date");
            Checks.text(reason, "ItemCancelled", "reason");
        }
    }

    /** A fee or interest item waived. */
    record ItemWaived(String customerId, Waiver waiver) implements LedgerEvent {
        public ItemWaived {
            Checks.text(customerId, "ItemWaived", "customerId");
            Checks.present(waiver, "ItemWaived", "waiver");
        }
    }
}
