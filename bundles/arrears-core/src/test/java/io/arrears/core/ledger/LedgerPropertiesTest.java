package io.arrears.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Money is conserved, payments are idempotent and reversals undo them, for random ledgers. */
class LedgerPropertiesTest {

    private static final LocalDate DAY_0 = LocalDate.of(2025, 1, 1);
    private static final String[] CURRENCIES = {"EUR", "PLN", "JPY"};

    /** One random step: an item (kinds 0-4) or a payment (5-7). */
    record Step(int type, int currency, long units, int offset, int ref) {
    }

    @Provide
    Arbitrary<List<LedgerEvent>> scenarios() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(1, 50_000),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(-3, 20)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25).map(LedgerPropertiesTest::toEvents);
    }

    @Provide
    Arbitrary<Step> paymentSteps() {
        return Combinators.combine(
                Arbitraries.just(5),
                Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(1, 80_000),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(-3, 20)).as(Step::new);
    }

    private static List<LedgerEvent> toEvents(List<Step> steps) {
        List<LedgerEvent> events = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            events.add(toEvent(steps.get(i), i));
        }
        return events;
    }

    private static LedgerEvent toEvent(Step s, int index) {
        Currency currency = Currency.getInstance(CURRENCIES[s.currency()]);
        Money amount = new Money(BigDecimal.valueOf(s.units(), Money.scaleOf(currency)), currency);
        LocalDate date = DAY_0.plusDays(s.offset());
        Optional<String> ref = s.ref() < 0 ? Optional.empty() : Optional.of("D" + s.ref());
        String id = "D" + index;
        return switch (s.type()) {
            case 0, 1 -> new LedgerEvent.ItemRecorded(Item.invoice(id, "C1", id, date, date.plusDays(30), amount));
            case 2 -> new LedgerEvent.ItemRecorded(new Item(id, "C1", ItemKind.INSTALMENT, id, date, date.plusDays(14),
                    amount, Optional.of(ref.orElse("PLAN")), Optional.empty()));
            case 3 -> new LedgerEvent.ItemRecorded(new Item(id, "C1", ItemKind.FEE, id, date, date, amount, ref,
                    Optional.empty()));
            case 4 -> new LedgerEvent.ItemRecorded(new Item(id, "C1", ItemKind.CREDIT_NOTE, id, date, date, amount, ref,
                    Optional.empty()));
            default -> new LedgerEvent.PaymentRecorded(
                    Payment.of("P" + index, "C1", date, amount, ref.map(List::of).orElse(List.of())));
        };
    }

    @Property(tries = 200)
    void moneyIsConservedToTheMinorUnit(@ForAll("scenarios") List<LedgerEvent> events) {
        Ledger ledger = Ledger.replay(events);

        Map<Currency, Money> received = new HashMap<>();
        for (LedgerEvent event : events) {
            if (event instanceof LedgerEvent.PaymentRecorded p) {
                received.merge(p.payment().amount().currency(), p.payment().amount(), Money::plus);
            } else if (event instanceof LedgerEvent.ItemRecorded r && r.item().kind() == ItemKind.CREDIT_NOTE) {
                received.merge(r.item().amount().currency(), r.item().amount(), Money::plus);
            }
        }
        Map<Currency, Money> accounted = new HashMap<>();
        ledger.allocations("C1").forEach(a -> accounted.merge(a.amount().currency(), a.amount(), Money::plus));
        ledger.creditBalances("C1").forEach(c -> accounted.merge(c.currency(), c, Money::plus));
        assertThat(withoutZeros(accounted)).isEqualTo(withoutZeros(received));

        for (ItemBalance balance : ledger.balances("C1")) {
            assertThat(balance.settled()).isEqualTo(sum(balance.allocations(), balance.item().amount().currency()));
            assertThat(balance.outstanding().isNegative()).isFalse();
        }
        // no cancellations or waivers here: residual = original − allocated, to the minor unit
        assertThat(ledger.balances("C1")).filteredOn(b -> b.item().kind().isClaim())
                .allMatch(b -> b.outstanding().equals(b.item().amount().minus(b.settled())));
        assertThat(ledger.balances("C1")).filteredOn(b -> !b.item().kind().isClaim())
                .allMatch(b -> b.allocations().stream().allMatch(a -> a.source() == AllocationSource.CREDIT_NOTE))
                .allMatch(b -> b.outstanding().equals(b.item().amount().minus(b.settled())));
    }

    private static Money sum(List<Allocation> allocations, Currency currency) {
        return allocations.stream().map(Allocation::amount).reduce(Money.zero(currency), Money::plus);
    }

    @Property(tries = 200)
    void applyingEachPaymentTwiceEqualsOnce(@ForAll("scenarios") List<LedgerEvent> events) {
        Ledger once = Ledger.replay(events);
        Ledger twice = new Ledger();
        for (LedgerEvent event : events) {
            twice.apply(event);
            twice.apply(event);
        }

        assertThat(twice.balances("C1")).isEqualTo(once.balances("C1"));
        assertThat(twice.allocations("C1")).isEqualTo(once.allocations("C1"));
        assertThat(twice.creditBalances("C1")).isEqualTo(once.creditBalances("C1"));
        assertThat(twice.events()).isEqualTo(once.events());
    }

    @Property(tries = 200)
    void applyThenReverseRestoresResidualsAndCredit(@ForAll("scenarios") List<LedgerEvent> events,
            @ForAll("paymentSteps") Step step) {
        Ledger ledger = Ledger.replay(events);
        List<ItemBalance> before = ledger.balances("C1");
        List<Money> creditBefore = ledger.creditBalances("C1");
        Payment payment = ((LedgerEvent.PaymentRecorded) toEvent(step, 999)).payment();

        ledger.applyPayment(payment);
        ledger.applyPayment(Payment.reversal("R999", payment, payment.valueDate().plusDays(5)));

        assertThat(ledger.balances("C1")).extracting(ItemBalance::outstanding)
                .containsExactlyElementsOf(before.stream().map(ItemBalance::outstanding).toList());
        assertThat(ledger.balances("C1")).isEqualTo(before);
        assertThat(ledger.creditBalances("C1")).isEqualTo(creditBefore);
    }

    @Property(tries = 100)
    void replayOfAcceptedEventsRebuildsTheLedger(@ForAll("scenarios") List<LedgerEvent> events) {
        Ledger ledger = Ledger.replay(events);

        Ledger rebuilt = Ledger.replay(ledger.events());

        assertThat(rebuilt.balances("C1")).isEqualTo(ledger.balances("C1"));
        assertThat(rebuilt.creditBalances("C1")).isEqualTo(ledger.creditBalances("C1"));
    }

    @Property(tries = 200)
    void neverOpenClaimsAndCreditInTheSameCurrency(@ForAll("scenarios") List<LedgerEvent> events) {
        Ledger ledger = Ledger.replay(events);

        for (Money credit : ledger.creditBalances("C1")) {
            assertThat(ledger.balances("C1"))
                    .filteredOn(ItemBalance::isOpenClaim)
                    .noneMatch(b -> b.outstanding().currency().equals(credit.currency()));
        }
    }

    private static Map<Currency, Money> withoutZeros(Map<Currency, Money> sums) {
        Map<Currency, Money> copy = new HashMap<>(sums);
        copy.values().removeIf(Money::isZero);
        return copy;
    }
}
