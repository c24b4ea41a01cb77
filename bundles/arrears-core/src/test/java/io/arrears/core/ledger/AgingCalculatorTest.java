package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.invoice;
import static io.arrears.core.ledger.Fixtures.ledgerWith;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.AgingBalance;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.Item;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgingCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private final AgingCalculator aging = new AgingCalculator();

    @Test
    void putsEachOpenClaimInTheBucketOfItsDaysPastDue() {
        Ledger ledger = ledgerWith(
                invoice("NOT_DUE", AS_OF.plusDays(1), eur("1")),
                invoice("DUE_TODAY", AS_OF, eur("2")),
                invoice("D1", AS_OF.minusDays(1), eur("4")),
                invoice("D30", AS_OF.minusDays(30), eur("8")),
                invoice("D31", AS_OF.minusDays(31), eur("16")),
                invoice("D90", AS_OF.minusDays(90), eur("32")),
                invoice("D91", AS_OF.minusDays(91), eur("64")),
                invoice("D180", AS_OF.minusDays(180), eur("128")),
                invoice("D181", AS_OF.minusDays(181), eur("256")));

        AgingBalance eur = aging.customer(ledger, "C1", AS_OF).balance("EUR").orElseThrow();

        assertThat(eur.amount(AgingBucket.CURRENT)).isEqualTo(eur("3"));
        assertThat(eur.amount(AgingBucket.DAYS_1_30)).isEqualTo(eur("12"));
        assertThat(eur.amount(AgingBucket.DAYS_31_60)).isEqualTo(eur("16"));
        assertThat(eur.amount(AgingBucket.DAYS_61_90)).isEqualTo(eur("32"));
        assertThat(eur.amount(AgingBucket.DAYS_91_180)).isEqualTo(eur("192"));
        assertThat(eur.amount(AgingBucket.OVER_180)).isEqualTo(eur("256"));
        assertThat(eur.total()).isEqualTo(eur("511"));
        assertThat(eur.overdue()).isEqualTo(eur("508"));
    }

    @Test
    void agesOnlyWhatIsStillOutstanding() {
        Ledger ledger = ledgerWith(invoice("A", AS_OF.minusDays(45), eur("100")));
        ledger.applyPayment(payment("P1", AS_OF, eur("60")));

        AgingBalance eur = aging.customer(ledger, "C1", AS_OF).balance("EUR").orElseThrow();

        assertThat(eur.amount(AgingBucket.DAYS_31_60)).isEqualTo(eur("40"));
    }

    @Test
    void portfolioSumsCustomersAndKeepsCurrenciesApart() {
        Ledger ledger = ledgerWith(invoice("A", AS_OF.minusDays(10), eur("100")));
        ledger.record(Item.invoice("B", "C2", "B", JAN_1, AS_OF.minusDays(20), eur("50")));
        ledger.record(Item.invoice("Z", "C2", "Z", JAN_1, AS_OF.minusDays(200), Money.of("70", "PLN")));

        AgingReport portfolio = aging.portfolio(ledger, AS_OF);

        assertThat(portfolio.isPortfolio()).isTrue();
        assertThat(portfolio.balances()).extracting(b -> b.currency().getCurrencyCode()).containsExactly("EUR", "PLN");
        assertThat(portfolio.balance("EUR").orElseThrow().amount(AgingBucket.DAYS_1_30)).isEqualTo(eur("150"));
        assertThat(portfolio.balance("PLN").orElseThrow().amount(AgingBucket.OVER_180)).isEqualTo(Money.of("70", "PLN"));
    }

    @Test
    void customerWithoutOpenClaimsHasNoBalances() {
        Ledger ledger = ledgerWith(invoice("A", AS_OF, eur("10")));
        ledger.applyPayment(payment("P1", AS_OF, eur("10")));

        assertThat(aging.customer(ledger, "C1", AS_OF).balances()).isEmpty();
        assertThat(aging.customer(ledger, "UNKNOWN", AS_OF).balances()).isEmpty();
    }
}
