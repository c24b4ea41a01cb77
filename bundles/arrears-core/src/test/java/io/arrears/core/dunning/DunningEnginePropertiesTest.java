package io.arrears.core.dunning;

import io.arrears.api.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** 300 tries each keeps a property near a second on a shared 2-core machine. */
@PropertyDefaults(tries = 300)
class DunningEnginePropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 3, 4);

    private final DunningPolicy policy = TestPolicies.standard();
    private final DunningEngine engine = new DunningEngine(FixedHolidays.none());

    @Property
    void sameInputsAndClockGiveTheSameProposals(@ForAll("items") List<DunnableItem> items, @ForAll("clocks") Clock clock,
                                                @ForAll long seed) {
        List<DunnableItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));

        List<DunningProposal> first = engine.propose(policy, Facts.debtor(), items, clock);

        assertThat(engine.propose(policy, Facts.debtor(), items, clock)).isEqualTo(first);
        assertThat(engine.propose(policy, Facts.debtor(), shuffled, clock)).isEqualTo(first);
    }

    @Property
    void neverProposesAnItemWithoutAPositiveResidualOrWithABlockOrDispute(@ForAll("items") List<DunnableItem> items,
                                                                         @ForAll("clocks") Clock clock) {
        Map<String, DunnableItem> byId = byId(items);

        for (ProposedItem proposed : proposedItems(engine.propose(policy, Facts.debtor(), items, clock))) {
            DunnableItem input = byId.get(proposed.itemId());
            assertThat(input.residual().isPositive()).as("residual of %s", input).isTrue();
            assertThat(input.blockReason()).as("block of %s", input).isEmpty();
            assertThat(input.disputed()).as("dispute of %s", input).isFalse();
        }
    }

    @Property
    void blockedCustomerNeverGetsAProposal(@ForAll("items") List<DunnableItem> items, @ForAll("clocks") Clock clock) {
        assertThat(engine.propose(policy, Facts.blocked(Facts.debtor(), "legal hold"), items, clock)).isEmpty();
    }

    @Property
    void neverJumpsMoreThanOneLevel(@ForAll("items") List<DunnableItem> items, @ForAll("clocks") Clock clock) {
        for (DunningProposal proposal : engine.propose(policy, Facts.debtor(), items, clock)) {
            for (ProposedItem item : proposal.items()) {
                int previous = item.previousNotice().map(LastNotice::level).orElse(0);
                // only pre-due reminders, meaningless once the item is due, may lie between the last notice and this one
                assertThat(policy.levels())
                        .filteredOn(l -> l.number() > previous && l.number() < proposal.level())
                        .allSatisfy(l -> assertThat(l.isPreDue()).isTrue());
                assertThat(proposal.level()).isGreaterThan(previous);
            }
        }
    }

    @Property
    void proposedAmountsEqualTheResiduals(@ForAll("items") List<DunnableItem> items, @ForAll("clocks") Clock clock) {
        Map<String, DunnableItem> byId = byId(items);
        List<DunningProposal> proposals = engine.propose(policy, Facts.debtor(), items, clock);
        // the generators must reach the interesting cases, or every property here passes vacuously
        Statistics.label("proposals").collect(proposals.isEmpty() ? "none" : "some");
        Statistics.label("proposals").coverage(c -> c.check("some").percentage(p -> p > 10));
        Statistics.label("deferred").collect(proposals.stream().anyMatch(p -> p.status() == ProposalStatus.DEFERRED));
        Statistics.label("deferred").coverage(c -> c.check(true).percentage(p -> p > 5));

        for (DunningProposal proposal : proposals) {
            Money sum = Money.zero(proposal.total().currency());
            for (ProposedItem item : proposal.items()) {
                assertThat(item.residual()).isEqualTo(byId.get(item.itemId()).residual());
                sum = sum.plus(item.residual());
            }
            assertThat(proposal.total()).isEqualTo(sum);
        }
    }

    @Property
    void eachItemIsProposedAtMostOnce(@ForAll("items") List<DunnableItem> items, @ForAll("clocks") Clock clock) {
        List<String> ids = proposedItems(engine.propose(policy, Facts.debtor(), items, clock)).stream()
                .map(ProposedItem::itemId).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Property
    void aFreshProposalPassesItsOwnRecheck(@ForAll("items") List<DunnableItem> items, @ForAll("clocks") Clock clock) {
        for (DunningProposal proposal : engine.propose(policy, Facts.debtor(), items, clock)) {
            assertThat(engine.recheck(policy, proposal, Facts.debtor(), items, clock).eligible()).isTrue();
        }
    }

    @Provide
    Arbitrary<Clock> clocks() {
        return Combinators.combine(Arbitraries.integers().between(0, 45), Arbitraries.integers().between(0, 23))
                .as((day, hour) -> Facts.at(BASE.plusDays(day).atTime(hour, 0), Facts.BERLIN));
    }

    @Provide
    Arbitrary<List<DunnableItem>> items() {
        Arbitrary<Integer> dueOffset = Arbitraries.integers().between(-60, 30);
        Arbitrary<BigDecimal> residual = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("-100.00"), new BigDecimal("-0.01")).ofScale(2)),
                Tuple.of(7, Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500.00")).ofScale(2)));
        Arbitrary<Optional<String>> block = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(1, Arbitraries.of("promise to pay", "payment plan").map(Optional::of)));
        Arbitrary<Boolean> disputed = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
        Arbitrary<Optional<LastNotice>> notice = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Optional.<LastNotice>empty())),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(-3, 40))
                        .as((level, afterDue) -> Optional.of(new LastNotice(level, LocalDate.EPOCH.plusDays(afterDue))))));
        Arbitrary<DunnableItem> item = Combinators.combine(dueOffset, residual, block, disputed, notice)
                .as((due, amount, blocked, dispute, last) -> {
                    LocalDate dueDate = BASE.plusDays(due);
                    // notices are sent relative to the item's due date (EPOCH stands for it above)
                    Optional<LastNotice> anchored = last.map(n -> new LastNotice(n.level(),
                            dueDate.plusDays(n.sentOn().toEpochDay())));
                    return new DunnableItem("?", Facts.CUSTOMER, "?", dueDate, Money.of(amount, "EUR"), blocked, dispute, anchored);
                });
        return item.list().ofMaxSize(8).map(DunningEnginePropertiesTest::numbered);
    }

    private static List<DunnableItem> numbered(List<DunnableItem> items) {
        List<DunnableItem> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DunnableItem it = items.get(i);
            numbered.add(new DunnableItem("I" + i, it.customerId(), "INV-" + i, it.dueDate(), it.residual(), it.blockReason(),
                    it.disputed(), it.lastNotice()));
        }
        return numbered;
    }

    private static Map<String, DunnableItem> byId(List<DunnableItem> items) {
        return items.stream().collect(Collectors.toMap(DunnableItem::itemId, Function.identity()));
    }

    private static List<ProposedItem> proposedItems(List<DunningProposal> proposals) {
        return proposals.stream().flatMap(p -> p.items().stream()).toList();
    }
}
