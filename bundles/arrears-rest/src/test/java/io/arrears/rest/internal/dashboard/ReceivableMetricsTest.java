package io.arrears.rest.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.AgingBalance;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceivableMetricsTest {

    static final LocalDate END = LocalDate.of(2025, 3, 31);

    static AgingReport closing(String current, String overdue31to60) {
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            amounts.put(bucket, Money.zero("EUR"));
        }
        amounts.put(AgingBucket.CURRENT, Money.of(current, "EUR"));
        amounts.put(AgingBucket.of(45), Money.of(overdue31to60, "EUR"));
        return new AgingReport(END, Optional.empty(), List.of(new AgingBalance(Currency.getInstance("EUR"), amounts)));
    }

    static List<LedgerEvent> events() {
        return List.of(
                // before the period: not a credit sale of it
                new LedgerEvent.ItemRecorded(Item.invoice("i0", "C", "INV-0", END.minusDays(200), END.minusDays(170),
                        Money.of("500.00", "EUR"))),
                new LedgerEvent.ItemRecorded(Item.invoice("i1", "C", "INV-1", END.minusDays(80), END.minusDays(50),
                        Money.of("6000.00", "EUR"))),
                new LedgerEvent.ItemRecorded(Item.invoice("i2", "C", "INV-2", END.minusDays(10), END.plusDays(20),
                        Money.of("3000.00", "EUR"))),
                new LedgerEvent.PaymentRecorded(new Payment("p1", "C", END.minusDays(30), Money.of("2500.00", "EUR"),
                        List.of("INV-1"), Optional.empty())),
                new LedgerEvent.PaymentRecorded(new Payment("p2", "C", END.minusDays(20), Money.of("500.00", "EUR"),
                        List.of(), Optional.empty())),
                new LedgerEvent.PaymentRecorded(new Payment("p2r", "C", END.minusDays(19), Money.of("500.00", "EUR"),
                        List.of(), Optional.of("p2"))));
    }

    @Test
    void dsoBestDsoAndCeiFollowTheStandardsFormulas() {
        ReceivableMetrics.CurrencyMetrics m = ReceivableMetrics.compute(events(), closing("3000.00", "4000.00"), 90).get(0);

        assertThat(m.creditSales()).isEqualTo(Money.of("9000.00", "EUR"));
        assertThat(m.collected()).isEqualTo(Money.of("2500.00", "EUR"));
        assertThat(m.closingReceivables()).isEqualTo(Money.of("7000.00", "EUR"));
        // opening = closing − sales + collected = 7000 − 9000 + 2500
        assertThat(m.openingReceivables()).isEqualTo(Money.of("500.00", "EUR"));
        // DSO = 7000 / 9000 × 90 = 70.0; best = 3000 / 9000 × 90 = 30.0
        assertThat(m.dso()).contains(new BigDecimal("70.0"));
        assertThat(m.bestPossibleDso()).contains(new BigDecimal("30.0"));
        assertThat(m.averageDaysDelinquent()).contains(new BigDecimal("40.0"));
        // CEI = (500 + 9000 − 7000) / (500 + 9000 − 3000) × 100 = 2500 / 6500 × 100
        assertThat(m.cei()).contains(new BigDecimal("38.5"));
    }

    @Test
    void withoutSalesOrMovementTheRatiosAreEmptyNotZero() {
        ReceivableMetrics.CurrencyMetrics m = ReceivableMetrics.compute(List.of(), closing("0.00", "0.00"), 30).get(0);

        assertThat(m.dso()).isEmpty();
        assertThat(m.cei()).isEmpty();
    }
}
