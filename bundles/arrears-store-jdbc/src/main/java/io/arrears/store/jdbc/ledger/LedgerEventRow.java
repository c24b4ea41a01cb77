package io.arrears.store.jdbc.ledger;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of {@code ledger_events} (plus its payment references), and the mapping to and from the
 * api's {@link LedgerEvent}. Columns an event kind does not use are null.
 */
record LedgerEventRow(Long seq, String eventType, String customerKey, String itemKey, String itemKind,
                      String documentNumber, LocalDate issueDate, LocalDate dueDate, String parentDocumentNumber,
                      String paymentReference, String externalKey, String reversalOf, LocalDate valueDate,
                      BigDecimal amount, String currency, LocalDate eventDate, String reason, String waivedBy,
                      List<String> references) {

    static final String ITEM_RECORDED = "ITEM_RECORDED";
    static final String PAYMENT_RECORDED = "PAYMENT_RECORDED";
    static final String ITEM_CANCELLED = "ITEM_CANCELLED";
    static final String ITEM_WAIVED = "ITEM_WAIVED";

    LedgerEventRow {
        references = List.copyOf(references);
    }

    static LedgerEventRow of(LedgerEvent event) {
        if (event instanceof LedgerEvent.ItemRecorded recorded) {
            Item i = recorded.item();
            return new LedgerEventRow(null, ITEM_RECORDED, i.customerId(), i.id(), i.kind().name(), i.documentNumber(),
                    i.issueDate(), i.dueDate(), i.parentDocumentNumber().orElse(null), i.paymentReference().orElse(null),
                    null, null, null, i.amount().amount(), i.amount().currencyCode(), null, null, null, List.of());
        }
        if (event instanceof LedgerEvent.PaymentRecorded recorded) {
            Payment p = recorded.payment();
            return new LedgerEventRow(null, PAYMENT_RECORDED, p.customerId(), null, null, null, null, null, null, null,
                    p.externalKey(), p.reversalOf().orElse(null), p.valueDate(), p.amount().amount(), p.amount().currencyCode(),
                    null, null, null, p.references());
        }
        if (event instanceof LedgerEvent.ItemCancelled c) {
            return new LedgerEventRow(null, ITEM_CANCELLED, c.customerId(), c.itemId(), null, null, null, null, null, null,
                    null, null, null, null, null, c.date(), c.reason(), null, List.of());
        }
        LedgerEvent.ItemWaived w = (LedgerEvent.ItemWaived) event;
        return new LedgerEventRow(null, ITEM_WAIVED, w.customerId(), w.waiver().itemId(), null, null, null, null, null, null,
                null, null, null, null, null, w.waiver().date(), w.waiver().reason(), w.waiver().waivedBy(), List.of());
    }

    LedgerEvent toEvent() {
        return switch (eventType) {
            case ITEM_RECORDED -> new LedgerEvent.ItemRecorded(new Item(itemKey, customerKey, ItemKind.valueOf(itemKind),
                    documentNumber, issueDate, dueDate, money(), Optional.ofNullable(parentDocumentNumber),
                    Optional.ofNullable(paymentReference)));
            case PAYMENT_RECORDED -> new LedgerEvent.PaymentRecorded(new Payment(externalKey, customerKey, valueDate, money(),
                    references, Optional.ofNullable(reversalOf)));
            case ITEM_CANCELLED -> new LedgerEvent.ItemCancelled(customerKey, itemKey, eventDate, reason);
            case ITEM_WAIVED -> new LedgerEvent.ItemWaived(customerKey, new Waiver(itemKey, reason, waivedBy, eventDate));
            default -> throw new IllegalStateException("ledger_events row " + seq + " has unknown event_type '" + eventType + "'");
        };
    }

    LedgerEventRow withSeq(long newSeq) {
        return new LedgerEventRow(newSeq, eventType, customerKey, itemKey, itemKind, documentNumber, issueDate, dueDate,
                parentDocumentNumber, paymentReference, externalKey, reversalOf, valueDate, amount, currency, eventDate,
                reason, waivedBy, references);
    }

    /** NUMERIC(19,4) comes back at scale 4; Money brings it to the currency's scale without rounding. */
    private Money money() {
        return Money.of(amount, currency);
    }
}
