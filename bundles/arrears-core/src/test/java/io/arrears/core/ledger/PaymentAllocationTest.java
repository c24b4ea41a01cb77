package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.outstanding;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.PaymentResult;
import io.arrears.api.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentAllocationTest {

    @Test
    void paysTheReferencedInvoiceBeforeOlderOnes() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")), invoice("B", JAN_1.plusDays(10), eur("50")));

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1.plusDays(20), eur("50"), "B"));

        assertThat(result.allocations()).containsExactly(
                new Allocation("P1", AllocationSource.PAYMENT, "B", JAN_1.plusDays(20), eur("50")));
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("100"));
        assertThat(ledger.balance("B").orElseThrow().status()).isEqualTo(ItemStatus.PAID);
    }

    @Test
    void paysOldestDueFirstWithoutReference() {
        Ledger ledger = ledgerWith(invoice("NEW", JAN_1.plusDays(30), eur("100")), invoice("OLD", JAN_1, eur("100")));

        ledger.applyPayment(payment("P1", JAN_1, eur("150")));

        assertThat(outstanding(ledger, "OLD")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "NEW")).isEqualTo(eur("50"));
    }

    @Test
    void breaksDueDateTiesByIssueDateThenId() {
        Item lateIssue = Item.invoice("A", "C1", "A", JAN_1.minusDays(5), JAN_1, eur("10"));
        Item earlyIssueB = Item.invoice("B", "C1", "B", JAN_1.minusDays(20), JAN_1, eur("10"));
        Item earlyIssueC = Item.invoice("C", "C1", "C", JAN_1.minusDays(20), JAN_1, eur("10"));
        Ledger ledger = ledgerWith(lateIssue, earlyIssueC, earlyIssueB);

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1, eur("25")));

        assertThat(result.allocations()).extracting(Allocation::itemId).containsExactly("B", "C", "A");
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("5"));
    }

    @Test
    void referenceAmountBeyondTheReferencedInvoiceGoesOldestFirst() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")), invoice("B", JAN_1.plusDays(10), eur("50")));

        ledger.applyPayment(payment("P1", JAN_1, eur("80"), "B"));

        assertThat(outstanding(ledger, "B")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("70"));
    }

    @Test
    void matchesPaymentReferenceIgnoringSpacesAndCase() {
        Item withRf = new Item("A", "C1", ItemKind.INVOICE, "2025-001", JAN_1, JAN_1.plusDays(30), eur("40"),
                Optional.empty(), Optional.of("RF18539007547034"));
        Ledger ledger = ledgerWith(invoice("OLD", JAN_1, eur("40")), withRf);

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1, eur("40"), "rf18 5390 0754 7034"));

        assertThat(result.allocations()).extracting(Allocation::itemId).containsExactly("A");
        assertThat(result.unmatchedReferences()).isEmpty();
    }

    @Test
    void invoiceNumberReferencePaysItsInstalmentsOldestFirst() {
        Ledger ledger = ledgerWith(
                Fixtures.item("OTHER", ItemKind.INVOICE, JAN_1.minusDays(60), eur("100"), null),
                Fixtures.item("INV9/2", ItemKind.INSTALMENT, JAN_1.plusDays(30), eur("50"), "INV9"),
                Fixtures.item("INV9/1", ItemKind.INSTALMENT, JAN_1, eur("50"), "INV9"));

        ledger.applyPayment(payment("P1", JAN_1, eur("70"), "INV9"));

        assertThat(outstanding(ledger, "INV9/1")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "INV9/2")).isEqualTo(eur("30"));
        assertThat(outstanding(ledger, "OTHER")).isEqualTo(eur("100"));
    }

    @Test
    void partialPaymentLeavesTheResidual() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100.00")));

        ledger.applyPayment(payment("P1", JAN_1, eur("33.33"), "A"));

        assertThat(ledger.balance("A").orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(ledger.balance("A").orElseThrow().settled()).isEqualTo(eur("33.33"));
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("66.67"));
    }

    @Test
    void overPaymentBecomesCreditAndSettlesTheNextInvoice() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1, eur("130"), "A"));

        assertThat(result.credit()).isEqualTo(eur("30"));
        assertThat(ledger.creditBalances("C1")).containsExactly(eur("30"));

        Item next = invoice("B", JAN_1.plusDays(60), eur("50"));
        ledger.record(next);

        assertThat(ledger.creditBalances("C1")).isEmpty();
        assertThat(outstanding(ledger, "B")).isEqualTo(eur("20"));
        // credit cannot settle an invoice before it was issued
        assertThat(ledger.balance("B").orElseThrow().allocations())
                .containsExactly(new Allocation("P1", AllocationSource.PAYMENT, "B", next.issueDate(), eur("30")));
    }

    @Test
    void reportsReferencesThatNameNoClaim() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1, eur("10"), "A", "NOPE"));

        assertThat(result.unmatchedReferences()).containsExactly("NOPE");
    }

    @Test
    void paymentWithoutItemsIsAllCredit() {
        Ledger ledger = new Ledger();

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1, eur("10")));

        assertThat(result.allocations()).isEmpty();
        assertThat(result.credit()).isEqualTo(eur("10"));
        assertThat(ledger.lastPaymentDate("C1")).contains(JAN_1);
    }

    @Test
    void feesAndInterestArePaidAsTheirOwnClaims() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")),
                Fixtures.item("FEE1", ItemKind.FEE, JAN_1.plusDays(20), eur("40"), "A"));

        ledger.applyPayment(payment("P1", JAN_1.plusDays(25), eur("120")));

        assertThat(outstanding(ledger, "A")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "FEE1")).isEqualTo(eur("20"));
        assertThat(ledger.allocations("C1")).extracting(Allocation::amount)
                .containsExactly(eur("100"), eur("20"));
    }

    @Test
    void conservesMoneyInThreeDecimalCurrency() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, Money.of("1.001", "KWD")),
                invoice("B", JAN_1.plusDays(1), Money.of("2.002", "KWD")));

        ledger.applyPayment(payment("P1", JAN_1, Money.of("2.500", "KWD")));

        assertThat(outstanding(ledger, "B")).isEqualTo(Money.of("0.503", "KWD"));
        assertThat(outstanding(ledger, "A")).isEqualTo(Money.of("0", "KWD"));
    }
}
