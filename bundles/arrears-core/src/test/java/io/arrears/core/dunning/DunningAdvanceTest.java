package io.arrears.core.dunning;

import static io.arrears.core.dunning.Facts.at;
import static io.arrears.core.dunning.Facts.debtor;
import static io.arrears.core.dunning.Facts.item;
import static io.arrears.core.dunning.Facts.noticed;
import static io.arrears.core.dunning.Facts.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A broken promise or plan (NEXT_LEVEL consequence) lets its items move on one level at once. */
class DunningAdvanceTest {

    /** A Monday. */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);
    /** Level 2 was sent on DUE+2; level 3 is scheduled for DUE+14 and its grace ends on DUE+9. */
    private static final LocalDate FRIDAY = DUE.plusDays(4);

    private final DunningPolicy policy = TestPolicies.standard();
    private final DunningEngine engine = new DunningEngine(FixedHolidays.none());

    private static DunnableItem advanced(DunnableItem i) {
        return new DunnableItem(i.itemId(), i.customerId(), i.documentNumber(), i.dueDate(), i.residual(), i.blockReason(),
                i.disputed(), i.lastNotice(), Optional.of("PTP-1 broken"));
    }

    private static DunnableItem atLevel2() {
        return noticed(item("1", DUE, "100.00"), 2, DUE.plusDays(2));
    }

    private static DebtorFacts contactedYesterday(LocalDate today) {
        return Facts.withLastContact(debtor(), today.minusDays(1).atTime(10, 0).atZone(Facts.BERLIN).toInstant());
    }

    @Test
    void aBrokenPromiseMovesTheItemOnToTheNextLevelOnlyBeforeItsDayAndDespiteTheFrequencyCap() {
        Clock clock = on(FRIDAY);
        DebtorFacts debtor = contactedYesterday(FRIDAY);

        assertThat(engine.propose(policy, debtor, List.of(atLevel2()), clock)).isEmpty();

        assertThat(engine.propose(policy, debtor, List.of(advanced(atLevel2())), clock)).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(3);
            assertThat(p.status()).isEqualTo(ProposalStatus.READY);
            assertThat(p.notBefore()).isEqualTo(clock.instant());
            assertThat(p.reason()).contains("moves on early to level 3").contains("PTP-1 broken");
        });
    }

    @Test
    void theAdvanceNeverSkipsALevel() {
        DunnableItem neverNoticed = advanced(item("1", DUE, "100.00"));

        assertThat(engine.propose(policy, debtor(), List.of(neverNoticed), on(DUE.plusDays(40))))
                .singleElement().extracting(DunningProposal::level).isEqualTo(2);
    }

    @Test
    void quietHoursAndWeekendsStillDefer() {
        DebtorFacts debtor = contactedYesterday(FRIDAY);

        assertThat(engine.propose(policy, debtor, List.of(advanced(atLevel2())), at(FRIDAY.atTime(22, 0), Facts.BERLIN)))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED);
                    assertThat(p.reason()).contains("quiet hours").doesNotContain("frequency cap");
                });
        LocalDate saturday = DUE.plusDays(5);
        assertThat(engine.propose(policy, contactedYesterday(saturday), List.of(advanced(atLevel2())), on(saturday)))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED);
                    assertThat(p.reason()).contains("weekend day (SATURDAY)").doesNotContain("frequency cap");
                });
    }

    @Test
    void blocksDisputesAndTheFinalLevelStillHoldTheItemBack() {
        Clock clock = on(FRIDAY);

        assertThat(engine.propose(policy, debtor(), List.of(advanced(Facts.blocked(atLevel2(), "payment plan"))), clock)).isEmpty();
        assertThat(engine.propose(policy, debtor(), List.of(advanced(Facts.disputed(atLevel2()))), clock)).isEmpty();
        assertThat(engine.propose(policy, Facts.blocked(debtor(), "insolvency"), List.of(advanced(atLevel2())), clock)).isEmpty();
        assertThat(engine.propose(policy, debtor(), List.of(advanced(noticed(item("1", DUE, "100.00"), 4, DUE.plusDays(31)))),
                on(DUE.plusDays(60)))).isEmpty();
    }

    @Test
    void theRecheckHonoursTheAdvanceAndCancelsOnceAnotherRunConsumedIt() {
        Clock clock = on(FRIDAY);
        DebtorFacts debtor = contactedYesterday(FRIDAY);
        DunningProposal proposal = engine.propose(policy, debtor, List.of(advanced(atLevel2())), clock).get(0);

        assertThat(engine.recheck(policy, proposal, debtor, List.of(advanced(atLevel2())), clock).outcome())
                .isEqualTo(RecheckResult.Outcome.PROCEED);
        assertThat(engine.recheck(policy, proposal, debtor, List.of(atLevel2()), clock).outcome())
                .isEqualTo(RecheckResult.Outcome.CANCEL);
    }
}
