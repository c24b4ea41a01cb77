package io.arrears.store.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import io.arrears.api.store.StoreException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcLedgerEventRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private static final Item INVOICE = Item.invoice("ERP1/INV/7", "C-1", "INV-7", MARCH_1, MARCH_1.plusDays(14), Money.of("1230.00", "EUR"));
    private static final Item FEE = new Item("ARR/FEE/1", "C-1", ItemKind.FEE, "FEE-1", MARCH_1.plusDays(20), MARCH_1.plusDays(34),
            Money.of("40.00", "EUR"), Optional.of("INV-7"), Optional.of("RF18539007547034"));
    private static final Item OTHER_CUSTOMERS = Item.invoice("ERP1/INV/8", "C-2", "INV-8", MARCH_1, MARCH_1, Money.of("5000", "JPY"));
    private static final Payment PAYMENT = Payment.of("BANK-1", "C-1", MARCH_1.plusDays(3), Money.of("600.00", "EUR"), List.of("INV-7", "rf18 5390"));

    private static final List<LedgerEvent> EVENTS = List.of(
            new LedgerEvent.ItemRecorded(INVOICE),
            new LedgerEvent.ItemRecorded(OTHER_CUSTOMERS),
            new LedgerEvent.PaymentRecorded(PAYMENT),
            new LedgerEvent.ItemRecorded(FEE),
            new LedgerEvent.PaymentRecorded(Payment.reversal("BANK-1-R", PAYMENT, MARCH_1.plusDays(5))),
            new LedgerEvent.ItemWaived("C-1", new Waiver("ARR/FEE/1", "goodwill", "manager.maria", MARCH_1.plusDays(25))),
            new LedgerEvent.ItemCancelled("C-1", "ERP1/INV/7", MARCH_1.plusDays(30), "storno in ERP"));

    @DatabaseTest
    void everyEventKindIsReadBackEqualAndInAppendOrder(TestDatabase db) {
        JdbcLedgerEventRepository repository = migrated(db);

        EVENTS.forEach(repository::append);

        assertThat(repository.findAll()).containsExactlyElementsOf(EVENTS);
        assertThat(repository.findByCustomer("C-1")).containsExactlyElementsOf(
                EVENTS.stream().filter(e -> e.customerId().equals("C-1")).toList());
        assertThat(repository.findByCustomer("C-unknown")).isEmpty();
    }

    @DatabaseTest
    void appendingTheSamePaymentTwiceJournalsItOnce(TestDatabase db) {
        JdbcLedgerEventRepository repository = migrated(db);

        repository.append(new LedgerEvent.PaymentRecorded(PAYMENT));
        repository.append(new LedgerEvent.PaymentRecorded(PAYMENT));

        assertThat(repository.findAll()).containsExactly(new LedgerEvent.PaymentRecorded(PAYMENT));
        assertThat(db.queryLong("SELECT count(*) FROM ledger_events")).isEqualTo(1);
    }

    @DatabaseTest
    void samePaymentKeyWithOtherContentIsRefused(TestDatabase db) {
        JdbcLedgerEventRepository repository = migrated(db);
        repository.append(new LedgerEvent.PaymentRecorded(PAYMENT));
        Payment other = Payment.of("BANK-1", "C-1", MARCH_1.plusDays(3), Money.of("999.00", "EUR"), List.of());

        assertThatThrownBy(() -> repository.append(new LedgerEvent.PaymentRecorded(other)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("payment 'BANK-1' is already in the ledger journal with other content");
        assertThat(db.queryLong("SELECT count(*) FROM ledger_events")).isEqualTo(1);
    }

    private static JdbcLedgerEventRepository migrated(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        return new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
    }
}
