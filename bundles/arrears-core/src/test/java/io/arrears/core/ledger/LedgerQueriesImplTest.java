package io.arrears.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Page;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerQueriesImplTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    private final InMemoryJournal events = new InMemoryJournal();
    private final MasterData master = new MasterData();
    private final LedgerQueriesImpl queries = new LedgerQueriesImpl(events, master,
            Clock.fixed(TODAY.atTime(23, 30).toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Item invoice(String customer, String id, LocalDate due, Money amount) {
        return Item.invoice(id, customer, id, due.minusDays(30), due, amount);
    }

    private void record(Item item) {
        events.append(new LedgerEvent.ItemRecorded(item));
    }

    private void pay(String customer, String key, String amount, String reference) {
        events.append(new LedgerEvent.PaymentRecorded(
                Payment.of(key, customer, TODAY.minusDays(1), eur(amount), List.of(reference))));
    }

    @Test
    void todayComesFromTheClock() {
        assertThat(queries.today()).isEqualTo(TODAY);
    }

    @Test
    void accountSumsOutstandingOverdueAndCreditPerCurrency() {
        master.upsert(new CustomerMasterData("C1", "Acme GmbH", "DE", "ap@acme.example"));
        record(invoice("C1", "INV-1", TODAY.minusDays(45), eur("100.00")));
        record(invoice("C1", "INV-2", TODAY.plusDays(10), eur("50.00")));
        record(invoice("C1", "INV-3", TODAY.minusDays(5), Money.of("70.00", "USD")));
        pay("C1", "P1", "30.00", "INV-1");

        CustomerAccount account = queries.customer("C1", TODAY).orElseThrow();

        assertThat(account.name()).contains("Acme GmbH");
        assertThat(account.email()).contains("ap@acme.example");
        assertThat(account.openClaims()).isEqualTo(3);
        assertThat(account.oldestOpenDueDate()).contains(TODAY.minusDays(45));
        assertThat(account.maxDaysPastDue()).isEqualTo(45);
        assertThat(account.positions()).containsExactly(
                new CurrencyPosition(Money.zero("EUR").currency(), eur("120.00"), eur("70.00"), eur("0.00")),
                new CurrencyPosition(Money.zero("USD").currency(), Money.of("70.00", "USD"), Money.of("70.00", "USD"),
                        Money.zero("USD")));
    }

    @Test
    void overPaymentShowsAsCredit() {
        record(invoice("C1", "INV-1", TODAY.minusDays(5), eur("100.00")));
        pay("C1", "P1", "130.00", "INV-1");

        CustomerAccount account = queries.customer("C1", TODAY).orElseThrow();

        assertThat(account.openClaims()).isZero();
        assertThat(account.maxDaysPastDue()).isZero();
        assertThat(account.oldestOpenDueDate()).isEmpty();
        assertThat(account.positions()).singleElement().satisfies(p -> {
            assertThat(p.outstanding()).isEqualTo(eur("0.00"));
            assertThat(p.credit()).isEqualTo(eur("30.00"));
        });
    }

    @Test
    void customerKnownOnlyFromMasterDataHasNoPositions() {
        master.upsert(new CustomerMasterData("C9", "New Customer Ltd", null, null));

        CustomerAccount account = queries.customer("C9", TODAY).orElseThrow();

        assertThat(account.positions()).isEmpty();
        assertThat(account.country()).isEmpty();
    }

    @Test
    void unknownCustomerIsEmptyEverywhere() {
        record(invoice("C1", "INV-1", TODAY, eur("10.00")));

        assertThat(queries.customer("NOPE", TODAY)).isEmpty();
        assertThat(queries.items("NOPE", TODAY)).isEmpty();
        assertThat(queries.customerAging("NOPE", TODAY)).isEmpty();
    }

    @Test
    void blankCustomerIdIsRefused() {
        assertThatThrownBy(() -> queries.customer(" ", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("erpCustomerId");
    }

    @Test
    void itemsCarryStatusResidualAndAgingOnlyForOpenClaims() {
        record(invoice("C1", "INV-1", TODAY.minusDays(40), eur("100.00")));
        record(invoice("C1", "INV-2", TODAY.minusDays(10), eur("20.00")));
        pay("C1", "P1", "20.00", "INV-2");
        pay("C1", "P2", "25.00", "INV-1");

        List<ItemPosition> items = queries.items("C1", TODAY).orElseThrow();

        assertThat(items).extracting(i -> i.balance().item().id()).containsExactly("INV-1", "INV-2");
        ItemPosition open = items.get(0);
        assertThat(open.balance().outstanding()).isEqualTo(eur("75.00"));
        assertThat(open.daysPastDue()).hasValue(40);
        assertThat(open.bucket()).contains(AgingBucket.DAYS_31_60);
        ItemPosition paid = items.get(1);
        assertThat(paid.balance().status()).isEqualTo(ItemStatus.PAID);
        assertThat(paid.daysPastDue()).isEmpty();
        assertThat(paid.bucket()).isEmpty();
    }

    @Test
    void customerAndPortfolioAging() {
        record(invoice("C1", "INV-1", TODAY.minusDays(40), eur("100.00")));
        record(invoice("C2", "INV-2", TODAY.minusDays(200), eur("5.00")));
        record(invoice("C2", "INV-3", TODAY.plusDays(1), eur("7.00")));

        AgingReport one = queries.customerAging("C1", TODAY).orElseThrow();
        AgingReport all = queries.portfolioAging(TODAY);

        assertThat(one.customerId()).contains("C1");
        assertThat(one.balance("EUR").orElseThrow().amount(AgingBucket.DAYS_31_60)).isEqualTo(eur("100.00"));
        assertThat(all.isPortfolio()).isTrue();
        assertThat(all.balance("EUR").orElseThrow().total()).isEqualTo(eur("112.00"));
        assertThat(all.balance("EUR").orElseThrow().amount(AgingBucket.OVER_180)).isEqualTo(eur("5.00"));
        assertThat(all.balance("EUR").orElseThrow().amount(AgingBucket.CURRENT)).isEqualTo(eur("7.00"));
    }

    @Test
    void agingAtALaterDateMovesBuckets() {
        record(invoice("C1", "INV-1", TODAY.minusDays(25), eur("100.00")));

        LocalDate later = TODAY.plusDays(10);

        assertThat(queries.customerAging("C1", later).orElseThrow().balance("EUR").orElseThrow()
                .amount(AgingBucket.DAYS_31_60)).isEqualTo(eur("100.00"));
    }

    @Test
    void customersAreOrderedByIdFilteredByNameOrIdAndPaged() {
        master.upsert(new CustomerMasterData("C1", "Acme GmbH", "DE", null));
        master.upsert(new CustomerMasterData("C2", "Bolt Ltd", "GB", null));
        master.upsert(new CustomerMasterData("X3", "acme holding", "DE", null));
        for (String id : List.of("X3", "C2", "C1")) {
            record(invoice(id, "INV-" + id, TODAY, eur("1.00")));
        }

        Page<CustomerAccount> all = queries.customers(null, 0, 2, TODAY);
        Page<CustomerAccount> second = queries.customers("", 1, 2, TODAY);
        Page<CustomerAccount> acme = queries.customers(" ACME ", 0, 10, TODAY);
        Page<CustomerAccount> byId = queries.customers("x3", 0, 10, TODAY);

        assertThat(all.items()).extracting(CustomerAccount::erpCustomerId).containsExactly("C1", "C2");
        assertThat(all.total()).isEqualTo(3);
        assertThat(second.items()).extracting(CustomerAccount::erpCustomerId).containsExactly("X3");
        assertThat(acme.items()).extracting(CustomerAccount::erpCustomerId).containsExactly("C1", "X3");
        assertThat(byId.items()).extracting(CustomerAccount::erpCustomerId).containsExactly("X3");
    }

    @Test
    void pageBeyondTheEndIsEmptyButKeepsTheTotal() {
        record(invoice("C1", "INV-1", TODAY, eur("1.00")));

        Page<CustomerAccount> page = queries.customers(null, 5, 10, TODAY);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void badPagingIsRefused() {
        assertThatThrownBy(() -> queries.customers(null, -1, 10, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queries.customers(null, 0, 0, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Ledger events in memory, in order of appending. */

    /** Customer master data in memory. */
    private static final class MasterData implements CustomerRepository {
        private final Map<String, CustomerMasterData> byId = new HashMap<>();

        @Override
        public void upsert(CustomerMasterData customer) {
            byId.put(customer.erpCustomerId(), customer);
        }

        @Override
        public Optional<CustomerMasterData> find(String erpCustomerId) {
            return Optional.ofNullable(byId.get(erpCustomerId));
        }
    }
}
