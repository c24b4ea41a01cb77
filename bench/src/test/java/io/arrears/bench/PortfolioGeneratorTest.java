package io.arrears.bench;

import io.arrears.core.dunning.DebtorFacts;
import io.arrears.core.dunning.DunnableItem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioGeneratorTest {

    private static final Instant AS_OF = Instant.parse("2025-05-01T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC);

    private final Portfolio portfolio = new PortfolioGenerator(7).generate(300, 3_000, AS_OF);

    private List<DunnableItem> items() {
        return portfolio.customers().stream().flatMap(c -> c.items().stream()).toList();
    }

    @Test
    void sameSeedGivesSamePortfolio() {
        assertThat(new PortfolioGenerator(7).generate(300, 3_000, AS_OF)).isEqualTo(portfolio);
    }

    @Test
    void otherSeedGivesOtherPortfolio() {
        assertThat(new PortfolioGenerator(8).generate(300, 3_000, AS_OF)).isNotEqualTo(portfolio);
    }

    @Test
    void generatesTheRequestedCounts() {
        assertThat(portfolio.customers()).hasSize(300);
        assertThat(portfolio.itemCount()).isEqualTo(3_000);
        assertThat(items()).extracting(DunnableItem::itemId).doesNotHaveDuplicates();
    }

    @Test
    void everyItemBelongsToItsCustomer() {
        portfolio.customers().forEach(c ->
                assertThat(c.items()).allSatisfy(i -> assertThat(i.customerId()).isEqualTo(c.debtor().customerId())));
    }

    @Test
    void coversTheSixCountriesWithTheirCurrencies() {
        assertThat(portfolio.customers().stream().map(c -> c.debtor().country()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("DE", "PL", "TR", "GB", "IL", "NL");
        assertThat(items().stream().map(i -> i.residual().currencyCode()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("EUR", "PLN", "TRY", "GBP", "ILS");
        assertThat(portfolio.customers().stream().map(c -> c.debtor().zone().getId()).collect(Collectors.toSet()))
                .contains("Europe/Berlin", "Asia/Jerusalem", "Europe/Istanbul");
    }

    @Test
    void dueDatesSpanTheLast200AndNext30Days() {
        assertThat(items()).allSatisfy(i -> assertThat(i.dueDate()).isBetween(TODAY.minusDays(200), TODAY.plusDays(30)));
        assertThat(items()).anySatisfy(i -> assertThat(i.dueDate()).isAfter(TODAY));
        assertThat(items()).anySatisfy(i -> assertThat(i.dueDate()).isBefore(TODAY.minusDays(150)));
    }

    @Test
    void mixesNoticesBlocksDisputesAndPaidItems() {
        List<DunnableItem> items = items();
        assertThat(items).anySatisfy(i -> assertThat(i.lastNotice()).isPresent());
        assertThat(items).anySatisfy(i -> assertThat(i.blockReason()).isPresent());
        assertThat(items).anySatisfy(i -> assertThat(i.disputed()).isTrue());
        assertThat(items).anySatisfy(i -> assertThat(i.residual().isZero()).isTrue());
        assertThat(items).filteredOn(i -> i.residual().isZero()).size().isLessThan(items.size() / 5);
        assertThat(items).allSatisfy(i -> i.lastNotice().ifPresent(n -> assertThat(n.sentOn()).isAfter(i.dueDate()).isBefore(TODAY)));
    }

    @Test
    void someCustomersAreBlockedOrRecentlyContacted() {
        Set<DebtorFacts> debtors = portfolio.customers().stream().map(Portfolio.CustomerItems::debtor).collect(Collectors.toSet());
        assertThat(debtors).anySatisfy(d -> assertThat(d.blockReason()).isPresent());
        assertThat(debtors).anySatisfy(d -> assertThat(d.lastContact()).isPresent());
    }

    @Test
    void refusesNoCustomers() {
        assertThatThrownBy(() -> new PortfolioGenerator(1).generate(0, 10, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers is 0");
    }
}
