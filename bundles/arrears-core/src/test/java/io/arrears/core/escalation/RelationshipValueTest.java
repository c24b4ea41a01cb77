package io.arrears.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationshipValueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Item item(String number, ItemKind kind, LocalDate issued, String amount, String currency) {
        return new Item("C-1/" + number, "C-1", kind, number, issued, issued.plusDays(30), Money.of(amount, currency),
                kind == ItemKind.CREDIT_NOTE ? Optional.of("INV-2") : Optional.empty(), Optional.empty());
    }

    @Test
    void invoicedRevenueOfTheLast24MonthsPerCurrency() {
        Ledger ledger = Ledger.replay(List.of());
        ledger.record(item("INV-OLD", ItemKind.INVOICE, LocalDate.of(2024, 3, 10), "9999.00", "EUR")); // one day too old
        ledger.record(item("INV-1", ItemKind.INVOICE, LocalDate.of(2024, 3, 11), "1000.00", "EUR")); // first day of the window
        ledger.record(item("INV-2", ItemKind.INVOICE, LocalDate.of(2025, 6, 1), "500.00", "EUR"));
        ledger.record(item("CN-1", ItemKind.CREDIT_NOTE, LocalDate.of(2025, 6, 5), "100.00", "EUR"));
        ledger.record(item("FV-1", ItemKind.INVOICE, LocalDate.of(2026, 3, 10), "2000.00", "PLN"));
        ledger.record(item("INV-X", ItemKind.INVOICE, LocalDate.of(2025, 1, 1), "700.00", "EUR"));
        ledger.cancel(new LedgerEvent.ItemCancelled("C-1", "C-1/INV-X", LocalDate.of(2025, 1, 2), "wrong customer"));
        ledger.applyPayment(Payment.of("P-1", "C-1", LocalDate.of(2025, 7, 1), Money.of("1000.00", "EUR"), List.of("INV-1")));

        assertThat(RelationshipValue.of(ledger, "C-1", TODAY))
                .as("paid invoices are revenue; cancelled ones and those before the window are not; credit notes reduce it")
                .containsExactly(Money.of("1400.00", "EUR"), Money.of("2000.00", "PLN"));
        assertThat(RelationshipValue.windowStart(TODAY)).isEqualTo(LocalDate.of(2024, 3, 11));
    }
}
