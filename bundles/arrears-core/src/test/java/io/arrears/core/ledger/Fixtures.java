package io.arrears.core.ledger;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small builders for ledger tests; customer "C1" unless said otherwise. */
final class Fixtures {

    static final String C1 = "C1";
    static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private Fixtures() {
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** An invoice issued 30 days before its due date. */
    static Item invoice(String id, LocalDate due, Money amount) {
        return Item.invoice(id, C1, id, due.minusDays(30), due, amount);
    }

    static Item item(String id, ItemKind kind, LocalDate due, Money amount, String parent) {
        return new Item(id, C1, kind, id, due.minusDays(30), due, amount, Optional.ofNullable(parent), Optional.empty());
    }

    static Item creditNote(String id, LocalDate issued, Money amount, String invoiceNumber) {
        return new Item(id, C1, ItemKind.CREDIT_NOTE, id, issued, issued, amount, Optional.ofNullable(invoiceNumber),
                Optional.empty());
    }

    static Payment payment(String key, LocalDate valueDate, Money amount, String... references) {
        return Payment.of(key, C1, valueDate, amount, List.of(references));
    }

    static Ledger ledgerWith(Item... items) {
        Ledger ledger = new Ledger();
        for (Item item : items) {
            ledger.record(item);
        }
        return ledger;
    }

    static Money outstanding(Ledger ledger, String itemId) {
        return ledger.balance(itemId).orElseThrow().outstanding();
    }
}
