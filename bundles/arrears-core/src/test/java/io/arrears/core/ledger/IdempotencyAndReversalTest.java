package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.outstanding;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerException;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.PaymentResult;
import io.arrears.api.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyAndReversalTest {

    @Test
    void samePaymentTwiceChangesNothingAndReturnsTheFirstResult() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));
        Payment p = payment("P1", JAN_1, eur("60"), "A");

        PaymentResult first = ledger.applyPayment(p);
        PaymentResult second = ledger.applyPayment(p);

        assertThat(second).isEqualTo(first);
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("40"));
        assertThat(ledger.events()).hasSize(2);
    }

    @Test
    void sameKeyWithOtherContentIsRefused() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));
        ledger.applyPayment(payment("P1", JAN_1, eur("60")));

        assertThatThrownBy(() -> ledger.applyPayment(payment("P1", JAN_1, eur("61"))))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("P1").hasMessageContaining("different content");
    }

    @Test
    void reversalReopensTheItemsAndRemovesTheCredit() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")), invoice("B", JAN_1.plusDays(1), eur("50")));
        Payment p = payment("P1", JAN_1, eur("170"));
        ledger.applyPayment(p);

        PaymentResult result = ledger.applyPayment(Payment.reversal("R1", p, JAN_1.plusDays(3)));

        assertThat(result.reversal()).isTrue();
        assertThat(result.allocations()).hasSize(2);
        assertThat(result.credit()).isEqualTo(eur("20"));
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("100"));
        assertThat(ledger.balance("B").orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(ledger.creditBalances("C1")).isEmpty();
        assertThat(ledger.lastPaymentDate("C1")).isEmpty();
    }

    @Test
    void reversalAlsoTakesBackCreditAlreadyUsedOnLaterItems() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));
        Payment p = payment("P1", JAN_1, eur("150"));
        ledger.applyPayment(p);
        ledger.record(invoice("B", JAN_1.plusDays(30), eur("50")));

        ledger.applyPayment(Payment.reversal("R1", p, JAN_1.plusDays(40)));

        assertThat(outstanding(ledger, "A")).isEqualTo(eur("100"));
        assertThat(outstanding(ledger, "B")).isEqualTo(eur("50"));
    }

    @Test
    void reopenedItemsTakeOtherUnusedCredit() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));
        Payment p = payment("P1", JAN_1, eur("100"));
        ledger.applyPayment(p);
        ledger.applyPayment(payment("P2", JAN_1.plusDays(1), eur("30")));

        ledger.applyPayment(Payment.reversal("R1", p, JAN_1.plusDays(3)));

        assertThat(outstanding(ledger, "A")).isEqualTo(eur("70"));
        assertThat(ledger.creditBalances("C1")).isEmpty();
    }

    @Test
    void reversalOfUnknownPaymentIsRefused() {
        Ledger ledger = new Ledger();
        Payment reversal = new Payment("R1", "C1", JAN_1, eur("10"), List.of(), Optional.of("NOPE"));

        assertThatThrownBy(() -> ledger.applyPayment(reversal))
                .isInstanceOf(LedgerException.class).hasMessageContaining("NOPE");
    }

    @Test
    void secondReversalOfOnePaymentIsRefusedButTheSameReversalIsIdempotent() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));
        Payment p = payment("P1", JAN_1, eur("100"));
        ledger.applyPayment(p);
        Payment r1 = Payment.reversal("R1", p, JAN_1);
        PaymentResult first = ledger.applyPayment(r1);

        assertThat(ledger.applyPayment(r1)).isEqualTo(first);
        assertThatThrownBy(() -> ledger.applyPayment(Payment.reversal("R2", p, JAN_1)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("already reversed by R1");
    }

    @Test
    void reversalWithAnotherAmountIsRefused() {
        Ledger ledger = new Ledger();
        ledger.applyPayment(payment("P1", JAN_1, eur("100")));
        Payment partial = new Payment("R1", "C1", JAN_1, eur("10"), List.of(), Optional.of("P1"));

        assertThatThrownBy(() -> ledger.applyPayment(partial))
                .isInstanceOf(LedgerException.class).hasMessageContaining("does not match");
    }

    @Test
    void reversalForAnotherCustomerIsRefused() {
        Ledger ledger = new Ledger();
        ledger.applyPayment(payment("P1", JAN_1, eur("100")));
        Payment other = new Payment("R1", "C2", JAN_1, eur("100"), List.of(), Optional.of("P1"));

        assertThatThrownBy(() -> ledger.applyPayment(other))
                .isInstanceOf(LedgerException.class).hasMessageContaining("of customer C1");
    }

    @Test
    void sameItemTwiceIsIgnoredButChangedContentIsRefused() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));

        assertThat(ledger.record(invoice("A", JAN_1, eur("100")))).isFalse();
        assertThatThrownBy(() -> ledger.record(invoice("A", JAN_1, Money.of("90", "EUR"))))
                .isInstanceOf(LedgerException.class).hasMessageContaining("item A");
    }
}
