package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.creditNote;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static Ledger busyLedger() {
        Ledger ledger = new Ledger();
        ledger.record(invoice("A", JAN_1, eur("100")));
        ledger.record(invoice("B", JAN_1.plusDays(10), eur("80")));
        Payment p1 = payment("P1", JAN_1.plusDays(2), eur("150"));
        ledger.applyPayment(p1);
        ledger.applyPayment(p1);
        ledger.record(creditNote("CN1", JAN_1.plusDays(3), eur("20"), "B"));
        ledger.record(Fixtures.item("F1", ItemKind.FEE, JAN_1.plusDays(20), eur("40"), "B"));
        ledger.applyPayment(payment("P2", JAN_1.plusDays(21), eur("30")));
        ledger.applyPayment(Payment.reversal("R1", p1, JAN_1.plusDays(25)));
        ledger.waive("C1", new Waiver("F1", "first reminder fee waived", "collector.c", JAN_1.plusDays(26)));
        ledger.cancel(new LedgerEvent.ItemCancelled("C1", "A", JAN_1.plusDays(27), "wrong customer"));
        ledger.record(Item.invoice("X", "C2", "X", JAN_1, JAN_1, Money.of("5", "PLN")));
        return ledger;
    }

    @Test
    void replayingTheAcceptedEventsRebuildsTheSameState() {
        Ledger original = busyLedger();

        Ledger rebuilt = Ledger.replay(original.events());

        for (String customer : List.of("C1", "C2")) {
            assertThat(rebuilt.balances(customer)).isEqualTo(original.balances(customer));
            assertThat(rebuilt.allocations(customer)).isEqualTo(original.allocations(customer));
            assertThat(rebuilt.creditBalances(customer)).isEqualTo(original.creditBalances(customer));
        }
        assertThat(rebuilt.events()).isEqualTo(original.events());
    }

    @Test
    void onlyChangingEventsAreKept() {
        Ledger ledger = busyLedger();

        // the second application of P1 changed nothing and is not an event
        assertThat(ledger.events()).hasSize(10);
    }

    @Test
    void oneCustomersEventsRebuildThatCustomer() {
        Ledger original = busyLedger();
        List<LedgerEvent> c1 = original.events().stream().filter(e -> e.customerId().equals("C1")).toList();

        Ledger rebuilt = Ledger.replay(c1);

        assertThat(rebuilt.balances("C1")).isEqualTo(original.balances("C1"));
        assertThat(rebuilt.customerIds()).containsExactly("C1");
    }
}
