package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.creditNote;
import static io.arrears.core.ledger.Fixtures.eur;
import static io.arrears.core.ledger.Fixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.PaymentTrend;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTrendCalculatorTest {

    private static final PaymentTrendPolicy THREE_BY_THREE = new PaymentTrendPolicy(3, 2, new BigDecimal("5"));

    /** Invoice n issued every 30 days from JAN_1 with 30-day terms, paid after {@code daysToPay}. */
    private static void paidInvoice(Ledger ledger, int n, int daysToPay) {
        LocalDate issued = JAN_1.plusDays(30L * n);
        ledger.record(Item.invoice("I" + n, "C1", "I" + n, issued, issued.plusDays(30), eur("100")));
        ledger.applyPayment(payment("P" + n, issued.plusDays(daysToPay), eur("100"), "I" + n));
    }

    private static PaymentTrend trendOf(Ledger ledger, PaymentTrendPolicy policy) {
        return new PaymentTrendCalculator(policy).trend("C1", ledger.balances("C1"));
    }

    @Test
    void slowingWhenRecentAverageExceedsThePreviousByMoreThanTheThreshold() {
        Ledger ledger = new Ledger();
        int[] days = {20, 30, 40, 40, 45, 50};
        for (int n = 0; n < days.length; n++) {
            paidInvoice(ledger, n, days[n]);
        }

        PaymentTrend trend = trendOf(ledger, THREE_BY_THREE);

        assertThat(trend.previous().orElseThrow().averageDaysToPay()).isEqualByComparingTo("30.0");
        assertThat(trend.recent().orElseThrow().averageDaysToPay()).isEqualByComparingTo("45.0");
        assertThat(trend.recent().orElseThrow().averageDaysBeyondTerms()).isEqualByComparingTo("15.0");
        assertThat(trend.changeInDaysToPay()).contains(new BigDecimal("15.0"));
        assertThat(trend.slowing()).isTrue();
    }

    @Test
    void notSlowingAtExactlyTheThreshold() {
        Ledger ledger = new Ledger();
        int[] days = {30, 30, 30, 35, 35, 35};
        for (int n = 0; n < days.length; n++) {
            paidInvoice(ledger, n, days[n]);
        }

        assertThat(trendOf(ledger, THREE_BY_THREE).slowing()).isFalse();
        assertThat(trendOf(ledger, new PaymentTrendPolicy(3, 2, new BigDecimal("4.9"))).slowing()).isTrue();
    }

    @Test
    void noVerdictWhenThePreviousWindowIsTooSmall() {
        Ledger ledger = new Ledger();
        int[] days = {10, 60, 60, 60};
        for (int n = 0; n < days.length; n++) {
            paidInvoice(ledger, n, days[n]);
        }

        PaymentTrend trend = trendOf(ledger, THREE_BY_THREE);

        assertThat(trend.previous().orElseThrow().count()).isEqualTo(1);
        assertThat(trend.slowing()).isFalse();
    }

    @Test
    void earlyPaymentGivesNegativeDaysBeyondTerms() {
        Ledger ledger = new Ledger();
        paidInvoice(ledger, 0, 10);

        PaymentTrend trend = trendOf(ledger, PaymentTrendPolicy.DEFAULT);

        assertThat(trend.recent().orElseThrow().averageDaysBeyondTerms()).isEqualByComparingTo("-20.0");
        assertThat(trend.previous()).isEmpty();
    }

    @Test
    void ignoresOpenClaimsFeesAndClaimsSettledByCreditNotesAlone() {
        Ledger ledger = new Ledger();
        paidInvoice(ledger, 0, 12);
        ledger.record(Item.invoice("OPEN", "C1", "OPEN", JAN_1, JAN_1.plusDays(30), eur("100")));
        ledger.record(Item.invoice("CREDITED", "C1", "CREDITED", JAN_1, JAN_1.plusDays(5), eur("10")));
        ledger.record(creditNote("CN", JAN_1.plusDays(1), eur("10"), "CREDITED"));
        ledger.record(Fixtures.item("FEE", ItemKind.FEE, JAN_1.plusDays(400), eur("5"), "I0"));
        ledger.applyPayment(payment("PF", JAN_1.plusDays(400), eur("5"), "FEE"));

        assertThat(PaymentHistory.paidClaims(ledger.balances("C1"))).extracting(p -> p.item().id()).containsExactly("I0");
        assertThat(trendOf(ledger, PaymentTrendPolicy.DEFAULT).recent().orElseThrow().averageDaysToPay())
                .isEqualByComparingTo("12.0");
    }

    @Test
    void paidDateIsTheLastAllocation() {
        Ledger ledger = new Ledger();
        ledger.record(Item.invoice("A", "C1", "A", JAN_1, JAN_1.plusDays(30), eur("100")));
        ledger.applyPayment(payment("P1", JAN_1.plusDays(10), eur("50")));
        ledger.applyPayment(payment("P2", JAN_1.plusDays(40), eur("50")));

        PaidClaim paid = PaymentHistory.paidClaims(ledger.balances("C1")).get(0);

        assertThat(paid.paidDate()).isEqualTo(JAN_1.plusDays(40));
        assertThat(paid.daysToPay()).isEqualTo(40);
        assertThat(paid.daysBeyondTerms()).isEqualTo(10);
    }
}
