package io.arrears.store.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.CustomerOrder;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerException;
import io.arrears.api.ledger.Page;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.PeriodFlows;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
import io.arrears.core.ledger.LedgerProjectorImpl;
import io.arrears.core.ledger.LedgerQueriesImpl;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The persisted read model equals a full replay of the journal: after random sequences of events (invoices, credit notes,
 * payments with and without references, over-payments, reversals, cancellations, fees and waivers), for the customer list
 * in both orders, filtered and paged, the worklist's overdue customers, one customer's position and aging, and portfolio
 * aging at several dates; and again after a rebuild from scratch.
 */
class LedgerReadModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final List<String> CUSTOMERS = List.of("K-1", "K-2", "K-3", "K-4", "K-5", "K-6", "K-7");
    /** Master data only (K-9) and nobody at all (K-0) besides the customers with events. */
    private static final List<String> CUSTOMERS_AND_STRANGERS = List.of("K-1", "K-2", "K-3", "K-4", "K-5", "K-6", "K-7", "K-9", "K-0");

    @DatabaseTest
    void theProjectionEqualsAFullReplayAfterRandomSequencesOfEvents(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK, Optional.of(new LedgerProjectorImpl()));
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        customers.upsert(new CustomerMasterData("K-1", "Alpha Bau GmbH", "DE", "ap@alpha.example"));
        customers.upsert(new CustomerMasterData("K-2", "Beta_100% Sp. z o.o.", "PL", null));
        customers.upsert(new CustomerMasterData("K-4", "Gamma Ltd", "GB", null));
        customers.upsert(new CustomerMasterData("K-9", "Delta without invoices", "TR", "ap@delta.example"));
        JdbcLedgerReadModel readModel = new JdbcLedgerReadModel(db.dataSource());
        LedgerQueriesImpl fromReadModel = new LedgerQueriesImpl(journal, customers, Optional.of(readModel), CLOCK);
        LedgerQueriesImpl fromReplay = new LedgerQueriesImpl(journal, customers, CLOCK);
        Ledger ledger = Ledger.replay(List.of());
        long seed = 20261123L;
        Random random = new Random(seed);

        for (int round = 0; round < 6; round++) {
            for (int step = 0; step < 40; step++) {
                LedgerEvent event = randomEvent(random, ledger, round * 100 + step);
                if (accepted(ledger, event)) {
                    journal.append(event);
                }
            }
            assertSame(fromReadModel, fromReplay, "seed " + seed + ", round " + round);
            assertFlows(readModel, ledger, "seed " + seed + ", round " + round);
        }

        db.execute("DELETE FROM ledger_position_claims", "DELETE FROM ledger_position_credits", "DELETE FROM ledger_positions");
        assertThat(journal.rebuildStalePositions()).isEqualTo(ledger.customerIds().size());
        assertSame(fromReadModel, fromReplay, "after a rebuild from the journal");
        assertThat(journal.rebuildStalePositions()).as("nothing stale any more").isZero();
    }

    private static void assertSame(LedgerQueriesImpl readModel, LedgerQueriesImpl replay, String when) {
        for (LocalDate asOf : List.of(START, START.plusDays(45), START.plusDays(200))) {
            for (CustomerOrder order : CustomerOrder.values()) {
                for (String text : new String[] {null, "k-", "ALPHA", "_100%", "nobody"}) {
                    List<CustomerAccount> expected = all(replay, text, asOf, order);
                    assertThat(all(readModel, text, asOf, order)).as(when + ", asOf " + asOf + ", " + order + ", q=" + text)
                            .isEqualTo(expected);
                    Page<CustomerAccount> second = readModel.customers(text, 1, 2, asOf, order);
                    assertThat(second.total()).isEqualTo(expected.size());
                    assertThat(second.items()).isEqualTo(expected.subList(Math.min(2, expected.size()), Math.min(4, expected.size())));
                }
            }
            assertThat(readModel.portfolioAging(asOf)).as(when + ", aging at " + asOf).isEqualTo(replay.portfolioAging(asOf));
            for (String text : new String[] {null, "k-", "ALPHA", "nobody"}) {
                assertThat(readModel.overdueCustomers(text, asOf)).as(when + ", overdue at " + asOf + ", q=" + text)
                        .isEqualTo(replay.overdueCustomers(text, asOf));
            }
            for (String id : CUSTOMERS_AND_STRANGERS) {
                assertThat(readModel.customer(id, asOf)).as(when + ", customer " + id + " at " + asOf).isEqualTo(replay.customer(id, asOf));
                assertThat(readModel.customerAging(id, asOf)).as(when + ", aging of " + id + " at " + asOf)
                        .isEqualTo(replay.customerAging(id, asOf));
            }
        }
    }

    /** The dashboard's flows and customer ids from SQL equal sums over the accepted events. */
    private static void assertFlows(JdbcLedgerReadModel readModel, Ledger ledger, String when) {
        assertThat(readModel.customerIds()).as(when + ", customer ids").isEqualTo(ledger.customerIds().stream().sorted().toList());
        for (LocalDate after : List.of(START.minusDays(1), START.plusDays(30), START.plusDays(90))) {
            LocalDate through = after.plusDays(45);
            assertThat(readModel.flows(after, through)).as(when + ", flows after " + after)
                    .isEqualTo(expectedFlows(ledger.events(), after, through));
        }
    }

    private static List<PeriodFlows> expectedFlows(List<LedgerEvent> events, LocalDate after, LocalDate through) {
        Map<String, Money[]> sums = new TreeMap<>();
        Map<String, Money> amounts = new HashMap<>();
        for (LedgerEvent event : events) {
            if (event instanceof LedgerEvent.ItemRecorded r) {
                amounts.put(r.item().id(), r.item().amount());
                boolean sale = r.item().kind() == ItemKind.INVOICE || r.item().kind() == ItemKind.CREDIT_NOTE;
                if (sale && within(r.item().issueDate(), after, through)) {
                    Money amount = r.item().kind() == ItemKind.INVOICE ? r.item().amount() : r.item().amount().negate();
                    add(sums, amount, 0);
                }
            } else if (event instanceof LedgerEvent.PaymentRecorded p && within(p.payment().valueDate(), after, through)) {
                add(sums, p.payment().reversalOf().isPresent() ? p.payment().amount().negate() : p.payment().amount(), 1);
            } else if (event instanceof LedgerEvent.ItemCancelled c && within(c.date(), after, through)) {
                add(sums, amounts.get(c.itemId()), 2);
            }
        }
        return sums.values().stream().map(m -> new PeriodFlows(m[0].currency(), m[0], m[1], m[2])).toList();
    }

    private static boolean within(LocalDate date, LocalDate after, LocalDate through) {
        return date.isAfter(after) && !date.isAfter(through);
    }

    private static void add(Map<String, Money[]> sums, Money amount, int column) {
        Money zero = Money.zero(amount.currency());
        sums.computeIfAbsent(amount.currencyCode(), c -> new Money[] {zero, zero, zero})[column] =
                sums.get(amount.currencyCode())[column].plus(amount);
    }

    private static List<CustomerAccount> all(LedgerQueriesImpl queries, String text, LocalDate asOf, CustomerOrder order) {
        return queries.customers(text, 0, 200, asOf, order).items();
    }

    private static boolean accepted(Ledger ledger, LedgerEvent event) {
        try {
            return ledger.apply(event);
        } catch (LedgerException | IllegalArgumentException e) {
            return false; // the ledger refuses it: the intake would not journal it either
        }
    }

    private static LedgerEvent randomEvent(Random random, Ledger ledger, int n) {
        String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
        String currency = random.nextInt(4) == 0 ? "PLN" : "EUR";
        LocalDate day = START.plusDays(random.nextInt(120));
        List<ItemBalance> items = ledger.balances(customer);
        int kind = random.nextInt(10);
        if (kind <= 3 || items.isEmpty()) {
            return new LedgerEvent.ItemRecorded(Item.invoice(customer + "/INV-" + n, customer, "INV-" + n, day,
                    day.plusDays(random.nextInt(60)), money(10 + random.nextInt(2000), currency)));
        }
        ItemBalance some = items.get(random.nextInt(items.size()));
        String document = some.item().documentNumber();
        return switch (kind) {
            case 4, 5 -> new LedgerEvent.PaymentRecorded(new Payment("pay-" + n, customer, day,
                    money(1 + random.nextInt(2500), some.item().amount().currencyCode()),
                    random.nextBoolean() ? List.of(document) : List.of(), Optional.empty()));
            case 6 -> new LedgerEvent.ItemRecorded(new Item(customer + "/CN-" + n, customer, ItemKind.CREDIT_NOTE, "CN-" + n, day, day,
                    money(1 + random.nextInt(300), some.item().amount().currencyCode()),
                    random.nextBoolean() && some.item().kind() == ItemKind.INVOICE ? Optional.of(document) : Optional.empty(),
                    Optional.empty()));
            case 7 -> new LedgerEvent.ItemRecorded(new Item(customer + "/FEE-" + n, customer, ItemKind.FEE, "FEE-" + n, day, day,
                    money(5 + random.nextInt(40), some.item().amount().currencyCode()), Optional.of(document), Optional.empty()));
            case 8 -> new LedgerEvent.ItemWaived(customer, new Waiver(some.item().id(), "goodwill", "mia", day));
            default -> random.nextBoolean()
                    ? new LedgerEvent.ItemCancelled(customer, some.item().id(), day, "cancelled in the ERP")
                    : reversal(random, ledger, customer, n, day);
        };
    }

    private static LedgerEvent reversal(Random random, Ledger ledger, String customer, int n, LocalDate day) {
        List<LedgerEvent.PaymentRecorded> payments = ledger.events().stream()
                .filter(LedgerEvent.PaymentRecorded.class::isInstance).map(LedgerEvent.PaymentRecorded.class::cast)
                .filter(p -> p.customerId().equals(customer) && p.payment().reversalOf().isEmpty()).toList();
        if (payments.isEmpty()) {
            return new LedgerEvent.ItemCancelled(customer, "none", day, "nothing");
        }
        Payment original = payments.get(random.nextInt(payments.size())).payment();
        return new LedgerEvent.PaymentRecorded(new Payment("rev-" + n, customer, day.isBefore(original.valueDate()) ? original.valueDate() : day,
                original.amount(), List.of(), Optional.of(original.externalKey())));
    }

    private static Money money(int units, String currency) {
        return Money.of(units + ".00", currency);
    }
}
