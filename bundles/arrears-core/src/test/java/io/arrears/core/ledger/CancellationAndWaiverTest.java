package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.creditNote;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.outstanding;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerException;
import io.arrears.api.ledger.Waiver;
import org.junit.jupiter.api.Test;

class CancellationAndWaiverTest {

    private static LedgerEvent.ItemCancelled cancel(String itemId) {
        return new LedgerEvent.ItemCancelled("C1", itemId, JAN_1, "storno in ERP");
    }

    @Test
    void cancelledInvoiceReleasesItsPaymentToOtherClaims() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")), invoice("B", JAN_1.plusDays(1), eur("100")));
        ledger.applyPayment(payment("P1", JAN_1, eur("100"), "A"));

        assertThat(ledger.cancel(cancel("A"))).isTrue();

        assertThat(ledger.balance("A").orElseThrow().status()).isEqualTo(ItemStatus.CANCELLED);
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "B")).isEqualTo(eur("0"));
        assertThat(ledger.cancel(cancel("A"))).isFalse();
    }

    @Test
    void cancelledCreditNoteReopensWhatItSettled() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")), creditNote("CN1", JAN_1, eur("100"), "A"));

        ledger.cancel(cancel("CN1"));

        assertThat(outstanding(ledger, "A")).isEqualTo(eur("100"));
        assertThat(ledger.creditBalances("C1")).isEmpty();
    }

    @Test
    void feesCannotBeCancelledOnlyWaived() {
        Ledger ledger = ledgerWith(Fixtures.item("F1", ItemKind.FEE, JAN_1, eur("40"), "A"));

        assertThatThrownBy(() -> ledger.cancel(cancel("F1")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("waiver");
    }

    @Test
    void waiverDropsWhatIsOutstandingOnInterest() {
        Ledger ledger = ledgerWith(Fixtures.item("I1", ItemKind.INTEREST, JAN_1, eur("12.34"), "A"));
        ledger.applyPayment(payment("P1", JAN_1, eur("2.34")));
        Waiver waiver = new Waiver("I1", "goodwill after dispute", "manager.m", JAN_1.plusDays(3));

        assertThat(ledger.waive("C1", waiver)).isTrue();

        assertThat(ledger.balance("I1").orElseThrow().status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(ledger.balance("I1").orElseThrow().waived()).isEqualTo(eur("10.00"));
        assertThat(outstanding(ledger, "I1")).isEqualTo(eur("0"));
        assertThat(ledger.waive("C1", waiver)).isFalse();
    }

    @Test
    void invoicesCannotBeWaived() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));

        assertThatThrownBy(() -> ledger.waive("C1", new Waiver("A", "why not", "x", JAN_1)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("only fees and interest");
    }

    @Test
    void paidFeeHasNothingToWaive() {
        Ledger ledger = ledgerWith(Fixtures.item("F1", ItemKind.FEE, JAN_1, eur("40"), "A"));
        ledger.applyPayment(payment("P1", JAN_1, eur("40")));

        assertThatThrownBy(() -> ledger.waive("C1", new Waiver("F1", "goodwill", "x", JAN_1)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("nothing outstanding");
    }

    @Test
    void unknownItemIsNamed() {
        Ledger ledger = new Ledger();

        assertThatThrownBy(() -> ledger.cancel(cancel("GHOST")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("GHOST");
    }
}
