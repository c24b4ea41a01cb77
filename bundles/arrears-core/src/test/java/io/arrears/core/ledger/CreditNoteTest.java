package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.creditNote;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.outstanding;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.ItemStatus;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    @Test
    void reducesTheInvoiceItReferences() {
        Ledger ledger = ledgerWith(invoice("OLD", JAN_1.minusDays(30), eur("100")), invoice("A", JAN_1, eur("100")));

        ledger.record(creditNote("CN1", JAN_1, eur("30"), "A"));

        assertThat(outstanding(ledger, "A")).isEqualTo(eur("70"));
        assertThat(outstanding(ledger, "OLD")).isEqualTo(eur("100"));
        assertThat(ledger.balance("CN1").orElseThrow().status()).isEqualTo(ItemStatus.PAID);
        assertThat(ledger.balance("CN1").orElseThrow().allocations())
                .containsExactly(new Allocation("CN1", AllocationSource.CREDIT_NOTE, "A", JAN_1, eur("30")));
    }

    @Test
    void withoutReferenceIsAppliedOldestFirst() {
        Ledger ledger = ledgerWith(invoice("NEW", JAN_1, eur("100")), invoice("OLD", JAN_1.minusDays(30), eur("20")));

        ledger.record(creditNote("CN1", JAN_1, eur("50"), null));

        assertThat(outstanding(ledger, "OLD")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "NEW")).isEqualTo(eur("70"));
    }

    @Test
    void largerThanItsInvoiceLeavesTheRestForOtherClaimsThenCredit() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("40")), invoice("B", JAN_1.plusDays(1), eur("40")));

        ledger.record(creditNote("CN1", JAN_1, eur("100"), "B"));

        assertThat(outstanding(ledger, "B")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "CN1")).isEqualTo(eur("20"));
        assertThat(ledger.balance("CN1").orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(ledger.creditBalances("C1")).containsExactly(eur("20"));
    }

    @Test
    void recordedBeforeItsInvoiceFindsItWhenItArrives() {
        Ledger ledger = ledgerWith(invoice("OTHER", JAN_1.minusDays(30), eur("10")));
        ledger.applyPayment(payment("P1", JAN_1, eur("60")));
        ledger.record(creditNote("CN1", JAN_1, eur("25"), "A"));

        ledger.record(invoice("A", JAN_1.plusDays(30), eur("100")));

        // the credit note goes to the invoice it names, the over-payment after it
        assertThat(ledger.balance("CN1").orElseThrow().allocations()).extracting(Allocation::itemId)
                .containsExactly("A");
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("25"));
    }

    @Test
    void paymentOnTheCreditedInvoicePaysOnlyWhatIsLeft() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")), invoice("B", JAN_1.plusDays(5), eur("100")));
        ledger.record(creditNote("CN1", JAN_1, eur("30"), "A"));

        ledger.applyPayment(payment("P1", JAN_1, eur("100"), "A"));

        assertThat(outstanding(ledger, "A")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "B")).isEqualTo(eur("70"));
    }
}
