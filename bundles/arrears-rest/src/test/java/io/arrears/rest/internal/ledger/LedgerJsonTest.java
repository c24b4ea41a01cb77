package io.arrears.rest.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.AgingBalance;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void customerCarriesPositionsAndNullsForMissingMasterData() {
        CustomerAccount account = new CustomerAccount("C1", Optional.empty(), Optional.of("DE"), Optional.empty(), AS_OF,
                List.of(new CurrencyPosition(eur("0").currency(), eur("120.00"), eur("70.00"), eur("5.00"))), 2,
                Optional.of(AS_OF.minusDays(45)), 45);

        CustomerJson json = CustomerJson.of(account);

        assertThat(json.name()).isNull();
        assertThat(json.email()).isNull();
        assertThat(json.country()).isEqualTo("DE");
        assertThat(json.positions()).containsExactly(new PositionJson("EUR", new MoneyJson("120.00", "EUR"),
                new MoneyJson("70.00", "EUR"), new MoneyJson("5.00", "EUR")));
        assertThat(json.oldestOpenDueDate()).isEqualTo(AS_OF.minusDays(45));
        assertThat(json.maxDaysPastDue()).isEqualTo(45);
    }

    @Test
    void openItemHasResidualDaysAndBucket() {
        Item item = Item.invoice("erp|INV-1", "C1", "INV-1", AS_OF.minusDays(70), AS_OF.minusDays(40), eur("100.00"));
        ItemBalance balance = new ItemBalance(item, ItemStatus.OPEN, eur("25.00"), eur("0.00"), eur("75.00"), List.of());

        ItemJson json = ItemJson.of(ItemPosition.at(balance, AS_OF));

        assertThat(json.residual()).isEqualTo(new MoneyJson("75.00", "EUR"));
        assertThat(json.settled()).isEqualTo(new MoneyJson("25.00", "EUR"));
        assertThat(json.status()).isEqualTo("OPEN");
        assertThat(json.kind()).isEqualTo("INVOICE");
        assertThat(json.daysPastDue()).isEqualTo(40L);
        assertThat(json.bucket()).isEqualTo("DAYS_31_60");
        assertThat(json.paymentReference()).isNull();
    }

    @Test
    void paidItemHasNeitherDaysNorBucket() {
        Item item = Item.invoice("erp|INV-2", "C1", "INV-2", AS_OF.minusDays(70), AS_OF.minusDays(40), eur("10.00"));
        ItemBalance balance = new ItemBalance(item, ItemStatus.PAID, eur("10.00"), eur("0.00"), eur("0.00"), List.of());

        ItemJson json = ItemJson.of(ItemPosition.at(balance, AS_OF));

        assertThat(json.daysPastDue()).isNull();
        assertThat(json.bucket()).isNull();
        assertThat(json.residual()).isEqualTo(new MoneyJson("0.00", "EUR"));
    }

    @Test
    void agingListsEveryBucketInOrderWithTotals() {
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            amounts.put(bucket, eur("0.00"));
        }
        amounts.put(AgingBucket.CURRENT, eur("10.00"));
        amounts.put(AgingBucket.OVER_180, eur("5.50"));
        AgingReport report = new AgingReport(AS_OF, Optional.empty(), List.of(new AgingBalance(eur("0").currency(), amounts)));

        AgingJson json = AgingJson.of(report);

        assertThat(json.erpCustomerId()).isNull();
        AgingJson.Balance eur = json.balances().get(0);
        assertThat(eur.buckets().keySet()).containsExactly("CURRENT", "DAYS_1_30", "DAYS_31_60", "DAYS_61_90",
                "DAYS_91_180", "OVER_180");
        assertThat(eur.total()).isEqualTo(new MoneyJson("15.50", "EUR"));
        assertThat(eur.overdue()).isEqualTo(new MoneyJson("5.50", "EUR"));
    }
}
