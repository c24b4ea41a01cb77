package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.outstanding;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.PaymentResult;
import io.arrears.api.money.Money;
import org.junit.jupiter.api.Test;

class CurrencyIsolationTest {

    @Test
    void paymentInAnotherCurrencyStaysCreditInItsCurrency() {
        Ledger ledger = ledgerWith(invoice("A", JAN_1, eur("100")));

        PaymentResult result = ledger.applyPayment(payment("P1", JAN_1, Money.of("400", "PLN"), "A"));

        assertThat(result.allocations()).isEmpty();
        assertThat(result.credit()).isEqualTo(Money.of("400", "PLN"));
        assertThat(result.unmatchedReferences()).containsExactly("A");
        assertThat(outstanding(ledger, "A")).isEqualTo(eur("100"));
        assertThat(ledger.creditBalances("C1")).containsExactly(Money.of("400", "PLN"));
    }

    @Test
    void eachCurrencySettlesOnlyItsOwnClaims() {
        Ledger ledger = ledgerWith(invoice("E", JAN_1, eur("100")), invoice("Z", JAN_1.minusDays(10), Money.of("50", "PLN")));

        ledger.applyPayment(payment("P1", JAN_1, eur("150")));
        ledger.applyPayment(payment("P2", JAN_1, Money.of("20", "PLN")));

        assertThat(outstanding(ledger, "E")).isEqualTo(eur("0"));
        assertThat(outstanding(ledger, "Z")).isEqualTo(Money.of("30", "PLN"));
        assertThat(ledger.creditBalances("C1")).containsExactly(eur("50"));
    }
}
