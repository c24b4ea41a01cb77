package io.arrears.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LedgerQueryRecordsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void pageCutsTheListAndKeepsTheTotal() {
        Page<Integer> page = Page.of(List.of(1, 2, 3, 4, 5), 2, 2);

        assertThat(page.items()).containsExactly(5);
        assertThat(page.total()).isEqualTo(5);
        assertThat(Page.of(List.of(1), 9, 2).items()).isEmpty();
    }

    @Test
    void pageRefusesInconsistentValues() {
        assertThatThrownBy(() -> new Page<>(List.of(1, 2, 3), 0, 2, 3)).hasMessageContaining("more than its size");
        assertThatThrownBy(() -> new Page<>(List.of(1), 0, 2, 0)).hasMessageContaining("total");
        assertThatThrownBy(() -> Page.of(List.of(), -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyOpenClaimsAreAged() {
        Item item = Item.invoice("I1", "C1", "I1", AS_OF.minusDays(40), AS_OF.minusDays(10), Money.of("10.00", "EUR"));
        ItemBalance open = new ItemBalance(item, ItemStatus.OPEN, Money.of("0.00", "EUR"), Money.of("0.00", "EUR"),
                Money.of("10.00", "EUR"), List.of());
        ItemBalance paid = new ItemBalance(item, ItemStatus.PAID, Money.of("10.00", "EUR"), Money.of("0.00", "EUR"),
                Money.of("0.00", "EUR"), List.of());

        assertThat(ItemPosition.at(open, AS_OF).bucket()).contains(AgingBucket.DAYS_1_30);
        assertThat(ItemPosition.at(open, AS_OF).daysPastDue()).hasValue(10);
        assertThat(ItemPosition.at(paid, AS_OF).bucket()).isEmpty();
        assertThatThrownBy(() -> new ItemPosition(paid, AS_OF, OptionalLong.of(10), Optional.of(AgingBucket.DAYS_1_30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemPosition(open, AS_OF, OptionalLong.of(10), Optional.of(AgingBucket.CURRENT)))
                .hasMessageContaining("does not match");
    }

    @Test
    void positionRefusesOverdueAboveOutstanding() {
        Money ten = Money.of("10.00", "EUR");
        assertThatThrownBy(() -> new CurrencyPosition(ten.currency(), ten, Money.of("11.00", "EUR"), Money.zero("EUR")))
                .hasMessageContaining("exceeds outstanding");
        assertThatThrownBy(() -> new CurrencyPosition(ten.currency(), ten, ten, Money.zero("USD")))
                .hasMessageContaining("EUR");
    }
}
