package io.arrears.rest.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomersResourceTest {

    private final FakeLedgerQueries queries = new FakeLedgerQueries();
    private final CustomersResource resource = new CustomersResource(queries);

    private void known(String id) {
        queries.accounts.put(id, new CustomerAccount(id, Optional.of("Name " + id), Optional.empty(), Optional.empty(),
                FakeLedgerQueries.TODAY, List.of(), 0, Optional.empty(), 0));
    }

    @Test
    void unknownCustomerIsNotFoundEverywhere() {
        assertThatThrownBy(() -> resource.customer("NOPE", null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'NOPE'");
        assertThatThrownBy(() -> resource.items("NOPE", null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resource.aging("NOPE", null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void asOfDefaultsToTodayOfTheQueries() {
        known("C1");

        resource.customer("C1", null);
        resource.items("C1", "2025-01-15", null);

        assertThat(queries.asked).containsExactly(FakeLedgerQueries.TODAY, LocalDate.of(2025, 1, 15));
    }

    @Test
    void itemsAreFilteredByStatusAndAnUnknownStatusIsRefused() {
        known("C1");
        queries.items.put("C1", List.of(item("I-1", ItemStatus.OPEN, "100.00"), item("I-2", ItemStatus.PAID, "0.00")));

        assertThat(resource.items("C1", null, null).items()).extracting(ItemJson::id).containsExactly("I-1", "I-2");
        assertThat(resource.items("C1", null, "OPEN").items()).extracting(ItemJson::id).containsExactly("I-1");
        assertThat(resource.items("C1", null, "PAID").items()).extracting(ItemJson::id).containsExactly("I-2");
        assertThatThrownBy(() -> resource.items("C1", null, "open")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPEN").hasMessageContaining("'open'");
    }

    private static ItemPosition item(String id, ItemStatus status, String outstanding) {
        Item item = Item.invoice(id, "C1", "INV-" + id, FakeLedgerQueries.TODAY.minusDays(40), FakeLedgerQueries.TODAY.minusDays(10),
                Money.of("100.00", "EUR"));
        Money zero = Money.zero("EUR");
        Money left = Money.of(outstanding, "EUR");
        return ItemPosition.at(new ItemBalance(item, status, item.amount().minus(left), zero, left, List.of()), FakeLedgerQueries.TODAY);
    }

    @Test
    void listIsPagedWithTheStableShape() {
        known("C1");
        known("C2");
        known("C3");

        var page = resource.customers(null, "1", "2", null, null);

        assertThat(page.items()).extracting(CustomerJson::erpCustomerId).containsExactly("C3");
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void anUnknownSortIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> resource.customers(null, null, null, null, "name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'overdue'");
    }

    @Test
    void oversizedPageIsRefused() {
        assertThatThrownBy(() -> resource.customers(null, null, "10000", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }

    @Test
    void portfolioAgingUsesTheGivenDate() {
        AgingJson json = new AgingResource(queries).portfolio("2024-12-31");

        assertThat(json.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(json.erpCustomerId()).isNull();
    }
}
