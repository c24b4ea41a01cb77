package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.LedgerFacts;
import io.arrears.api.ledger.OpenItem;
import io.arrears.api.money.Money;
import org.junit.jupiter.api.Test;

class LedgerFactsBuilderTest {

    private final LedgerFactsBuilder builder = new LedgerFactsBuilder(PaymentTrendPolicy.DEFAULT);

    @Test
    void listsOpenClaimsOldestFirstWithOutstandingAndDaysPastDue() {
        Ledger ledger = ledgerWith(invoice("NEW", JAN_1.plusDays(40), eur("100")), invoice("OLD", JAN_1, eur("100")),
                invoice("PAID", JAN_1.minusDays(5), eur("10")));
        ledger.applyPayment(payment("P1", JAN_1.plusDays(3), eur("40"), "PAID"));

        LedgerFacts facts = builder.facts(ledger, "C1", JAN_1.plusDays(35));

        assertThat(facts.openItems()).extracting(o -> o.item().id()).containsExactly("OLD", "NEW");
        OpenItem old = facts.openItems().get(0);
        assertThat(old.outstanding()).isEqualTo(eur("70"));
        assertThat(old.daysPastDue()).isEqualTo(35);
        assertThat(old.bucket()).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(old.allocations()).hasSize(1);
        assertThat(facts.overdueItems()).extracting(o -> o.item().id()).containsExactly("OLD");
        assertThat(facts.totalOutstanding()).containsExactly(eur("170"));
        assertThat(facts.totalOverdue()).containsExactly(eur("70"));
        assertThat(facts.lastPaymentDate()).contains(JAN_1.plusDays(3));
        assertThat(facts.creditBalances()).isEmpty();
    }

    @Test
    void showsCreditInsteadOfOpenClaims() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));
        ledger.applyPayment(payment("P1", JAN_1, eur("125")));

        LedgerFacts facts = builder.facts(ledger, "C1", JAN_1.plusDays(60));

        assertThat(facts.openItems()).isEmpty();
        assertThat(facts.credit(eur("1").currency())).isEqualTo(eur("25"));
        assertThat(facts.credit(Money.of("1", "PLN").currency())).isEqualTo(Money.of("0", "PLN"));
    }

    @Test
    void unknownCustomerHasEmptyFacts() {
        LedgerFacts facts = builder.facts(new Ledger(), "NOBODY", JAN_1);

        assertThat(facts.openItems()).isEmpty();
        assertThat(facts.lastPaymentDate()).isEmpty();
        assertThat(facts.paymentTrend().recent()).isEmpty();
        assertThat(facts.paymentTrend().slowing()).isFalse();
    }
}
