package io.arrears.core.dunning;

import io.arrears.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.arrears.core.dunning.Facts.at;
import static io.arrears.core.dunning.Facts.debtor;
import static io.arrears.core.dunning.Facts.item;
import static io.arrears.core.dunning.Facts.noticed;
import static io.arrears.core.dunning.Facts.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DunningEngineTest {

    /** A Monday. */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final DunningPolicy policy = TestPolicies.standard();
    private final DunningEngine engine = new DunningEngine(FixedHolidays.none());

    private List<DunningProposal> propose(Clock clock, DunnableItem... items) {
        return engine.propose(policy, debtor(), List.of(items), clock);
    }

    // ---- items that are never dunned

    @Test
    void paidItemIsNeverProposed() {
        DunningAssessment result = engine.assess(policy, debtor(), List.of(item("1", DUE, "0.00")), on(DUE.plusDays(5)));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.skipped()).singleElement().extracting(SkippedItem::reason).asString().startsWith("paid");
    }

    @Test
    void creditedItemWithNegativeResidualIsNeverProposed() {
        DunningAssessment result = engine.assess(policy, debtor(), List.of(item("1", DUE, "-20.00")), on(DUE.plusDays(5)));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.skipped()).singleElement().extracting(SkippedItem::reason).asString().startsWith("credit");
    }

    @Test
    void blockedItemIsNeverProposed() {
        DunningAssessment result = engine.assess(policy, debtor(),
                List.of(Facts.blocked(item("1", DUE, "100.00"), "promise to pay by 2026-03-20")), on(DUE.plusDays(5)));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.skipped()).singleElement().extracting(SkippedItem::reason).asString()
                .contains("blocked").contains("promise to pay");
    }

    @Test
    void disputedItemIsNeverProposed() {
        assertThat(propose(on(DUE.plusDays(5)), Facts.disputed(item("1", DUE, "100.00")))).isEmpty();
    }

    @Test
    void blockedCustomerGetsNoProposalForAnyItem() {
        DunningAssessment result = engine.assess(policy, Facts.blocked(debtor(), "insolvency proceedings"),
                List.of(item("1", DUE, "100.00"), item("2", DUE, "50.00")), on(DUE.plusDays(5)));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.skipped()).hasSize(2).allSatisfy(s -> assertThat(s.reason()).contains("insolvency proceedings"));
    }

    // ---- amounts

    @Test
    void proposalCarriesTheResidualNeverTheOriginalAmount() {
        // invoice of 1000.00 with 640.00 paid: the ledger hands over the residual 360.00
        List<DunningProposal> proposals = propose(on(DUE.plusDays(2)), item("1", DUE, "360.00"));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.items()).singleElement().extracting(ProposedItem::residual).isEqualTo(Money.of("360.00", "EUR"));
            assertThat(p.total()).isEqualTo(Money.of("360.00", "EUR"));
        });
    }

    @Test
    void groupBelowTheLevelMinimumWaits() {
        DunnableItem small = noticed(item("1", DUE, "49.99"), 2, DUE.plusDays(1));

        DunningAssessment result = engine.assess(policy, debtor(), List.of(small), on(DUE.plusDays(14)));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.skipped()).singleElement().extracting(SkippedItem::reason).asString()
                .contains("below the minimum 50.00 EUR");
    }

    @Test
    void itemsTogetherReachTheLevelMinimum() {
        DunnableItem a = noticed(item("1", DUE, "30.00"), 2, DUE.plusDays(1));
        DunnableItem b = noticed(item("2", DUE, "20.00"), 2, DUE.plusDays(1));

        assertThat(propose(on(DUE.plusDays(14)), a, b)).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(3);
            assertThat(p.total()).isEqualTo(Money.of("50.00", "EUR"));
        });
    }

    // ---- grouping

    @Test
    void itemsOfOneCustomerAtTheSameLevelFormOneProposal() {
        List<DunningProposal> proposals = propose(on(DUE.plusDays(2)),
                item("1", DUE, "100.00"), item("2", DUE.minusDays(1), "40.00"));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(2);
            assertThat(p.items()).extracting(ProposedItem::itemId).containsExactly("2", "1");
            assertThat(p.total()).isEqualTo(Money.of("140.00", "EUR"));
            assertThat(p.channels()).containsExactly(ContactChannel.EMAIL, ContactChannel.SMS);
            assertThat(p.tone()).isEqualTo(Tone.FRIENDLY);
            assertThat(p.status()).isEqualTo(ProposalStatus.READY);
        });
    }

    @Test
    void differentLevelsGiveSeparateProposalsOrderedByLevel() {
        DunnableItem atTwo = item("1", DUE, "100.00");
        DunnableItem atThree = noticed(item("2", DUE.minusDays(20), "100.00"), 2, DUE.minusDays(18));

        assertThat(propose(on(DUE.plusDays(2)), atThree, atTwo)).extracting(DunningProposal::level).containsExactly(2, 3);
    }

    @Test
    void differentCurrenciesGiveSeparateProposals() {
        DunnableItem euro = item("1", DUE, "100.00");
        DunnableItem lira = item("2", DUE, Money.of("900.00", "TRY"));

        assertThat(propose(on(DUE.plusDays(2)), euro, lira))
                .extracting(p -> p.total().currencyCode()).containsExactly("EUR", "TRY");
    }

    @Test
    void finalLevelCarriesItsFeeAndInterestFlag() {
        DunnableItem item = noticed(item("1", DUE, "100.00"), 3, DUE.plusDays(14));

        assertThat(propose(on(DUE.plusDays(30)), item)).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(4);
            assertThat(p.fee()).isEqualTo(Money.of("5.00", "EUR"));
            assertThat(p.chargeInterest()).isTrue();
            assertThat(p.tone()).isEqualTo(Tone.FINAL);
        });
    }

    // ---- schedule

    @Test
    void friendlyReminderGoesOutBeforeTheDueDate() {
        assertThat(propose(on(DUE.minusDays(3)), item("1", DUE, "100.00")))
                .singleElement().satisfies(p -> {
                    assertThat(p.level()).isEqualTo(1);
                    assertThat(p.tone()).isEqualTo(Tone.FRIENDLY);
                });
    }

    @Test
    void nothingIsProposedBeforeTheFirstLevelFallsDue() {
        assertThat(propose(on(DUE.minusDays(4)), item("1", DUE, "100.00"))).isEmpty();
    }

    @Test
    void runOnTheDueDateDoesNotDunPrematurely() {
        // known bug elsewhere: a run on the due date treats the item as overdue
        assertThat(propose(on(DUE), item("1", DUE, "100.00"))).isEmpty();
        assertThat(propose(on(DUE), noticed(item("1", DUE, "100.00"), 1, DUE.minusDays(3)))).isEmpty();
    }

    @Test
    void runOnTheDueDateLateInTheEveningUtcStillUsesTheDebtorsDate() {
        // 22:30 UTC on the due date is already the next day in Istanbul: the item is overdue there
        DebtorFacts turkish = debtor("TR", ISTANBUL);
        Clock lateUtc = at(DUE.atTime(22, 30), ZoneId.of("UTC"));

        List<DunningProposal> proposals = engine.propose(policy, turkish, List.of(item("1", DUE, "100.00")), lateUtc);

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(2);
            assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED); // 01:30 local: quiet hours
        });
    }

    @Test
    void dayAfterTheDueDateSendsTheFirstOverdueLevel() {
        DunnableItem item = noticed(item("1", DUE, "100.00"), 1, DUE.minusDays(3));

        assertThat(propose(on(DUE.plusDays(1)), item)).singleElement().extracting(DunningProposal::level).isEqualTo(2);
    }

    @Test
    void runAfterMissedDaysStillSendsTheLevelThatFellDue() {
        // level 2 fell due on DUE+1; the runs of DUE+1 and DUE+2 did not happen
        assertThat(propose(on(DUE.plusDays(3)), item("1", DUE, "100.00")))
                .singleElement().extracting(DunningProposal::level).isEqualTo(2);
    }

    @Test
    void preDueReminderIsPassedOverOnceTheItemIsDue() {
        DunningAssessment result = engine.assess(policy, debtor(), List.of(item("1", DUE, "100.00")), on(DUE.plusDays(1)));

        assertThat(result.proposals()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(2);
            assertThat(p.reason()).contains("pre-due level 1 passed over");
        });
    }

    @Test
    void missedRunsNeverJumpMoreThanOneLevel() {
        // level 2 sent long ago; days for levels 3 and 4 have both passed
        DunnableItem item = noticed(item("1", DUE, "100.00"), 2, DUE.plusDays(1));

        assertThat(propose(on(DUE.plusDays(60)), item)).singleElement().extracting(DunningProposal::level).isEqualTo(3);
    }

    @Test
    void partialPaymentDoesNotSkipALevel() {
        // known bug elsewhere: after a partial payment the level is recomputed from days overdue and jumps 2 -> 4
        DunnableItem afterPartialPayment = noticed(item("1", DUE, "60.00"), 2, DUE.plusDays(1));

        assertThat(propose(on(DUE.plusDays(35)), afterPartialPayment)).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(3);
            assertThat(p.total()).isEqualTo(Money.of("60.00", "EUR"));
        });
    }

    @Test
    void partialPaymentBelowTheMinimumHoldsTheItemAtItsLevelInsteadOfSkipping() {
        DunnableItem belowLevelThreeMinimum = noticed(item("1", DUE, "10.00"), 2, DUE.plusDays(1));

        assertThat(propose(on(DUE.plusDays(20)), belowLevelThreeMinimum)).isEmpty();
        assertThat(propose(on(DUE.plusDays(45)), belowLevelThreeMinimum)).isEmpty();
    }

    @Test
    void graceDaysAfterTheLastNoticeHoldTheNextLevel() {
        // level 2 was sent late (DUE+10); level 3's day (DUE+14) has come, but its 7 grace days have not passed
        DunnableItem item = noticed(item("1", DUE, "100.00"), 2, DUE.plusDays(10));

        DunningAssessment early = engine.assess(policy, debtor(), List.of(item), on(DUE.plusDays(16)));
        assertThat(early.proposals()).isEmpty();
        assertThat(early.skipped()).singleElement().extracting(SkippedItem::reason).asString()
                .contains("7 grace days").contains(DUE.plusDays(17).toString());

        assertThat(propose(on(DUE.plusDays(17)), item)).singleElement().extracting(DunningProposal::level).isEqualTo(3);
    }

    @Test
    void scheduleIsAnchoredOnTheLastNoticeNotOnWhenARunHappened() {
        DunnableItem item = noticed(item("1", DUE, "100.00"), 2, DUE.plusDays(10));
        Clock clock = on(DUE.plusDays(17));

        List<DunningProposal> first = propose(clock, item);
        propose(on(DUE.plusDays(16)), item); // an earlier, unrelated run changes nothing
        List<DunningProposal> again = propose(clock, item);

        assertThat(again).isEqualTo(first).hasSize(1);
    }

    @Test
    void itemAtTheFinalLevelIsNotProposedAgain() {
        DunnableItem item = noticed(item("1", DUE, "100.00"), 4, DUE.plusDays(30));

        DunningAssessment result = engine.assess(policy, debtor(), List.of(item), on(DUE.plusDays(90)));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.skipped()).singleElement().extracting(SkippedItem::reason).asString().contains("final level");
    }

    @Test
    void reasonExplainsTheDecision() {
        DunnableItem item = noticed(item("1", DUE, "100.00"), 1, DUE.minusDays(3));

        assertThat(propose(on(DUE.plusDays(1)), item)).singleElement().extracting(DunningProposal::reason).asString()
                .contains("level 2 'first-reminder'")
                .contains("INV-1")
                .contains("residual 100.00 EUR")
                .contains("follows level 1 on " + DUE.minusDays(3));
    }

    // ---- contact windows

    @Test
    void frequencyCapDefersTheProposal() {
        DebtorFacts contactedYesterday = Facts.withLastContact(debtor(), DUE.plusDays(1).atTime(9, 0).atZone(Facts.BERLIN).toInstant());

        List<DunningProposal> proposals = engine.propose(policy, contactedYesterday,
                List.of(item("1", DUE, "100.00")), on(DUE.plusDays(2)));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED);
            assertThat(p.notBefore()).isEqualTo(DUE.plusDays(4).atTime(9, 0).atZone(Facts.BERLIN).toInstant());
            assertThat(p.reason()).contains("frequency cap");
        });
    }

    @Test
    void contactOlderThanTheCapDoesNotDefer() {
        DebtorFacts contactedLongAgo = Facts.withLastContact(debtor(), DUE.minusDays(10).atStartOfDay(Facts.BERLIN).toInstant());

        assertThat(engine.propose(policy, contactedLongAgo, List.of(item("1", DUE, "100.00")), on(DUE.plusDays(2))))
                .singleElement().extracting(DunningProposal::status).isEqualTo(ProposalStatus.READY);
    }

    @Test
    void quietHoursInTheDebtorsZoneDeferUntilMorning() {
        DebtorFacts turkish = debtor("TR", ISTANBUL);
        Clock evening = at(DUE.plusDays(2).atTime(21, 30), ISTANBUL);

        List<DunningProposal> proposals = engine.propose(policy, turkish, List.of(item("1", DUE, "100.00")), evening);

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED);
            assertThat(p.notBefore()).isEqualTo(DUE.plusDays(3).atTime(8, 0).atZone(ISTANBUL).toInstant());
            assertThat(p.reason()).contains("quiet hours 20:00–08:00").contains("Europe/Istanbul");
        });
    }

    @Test
    void earlyMorningWaitsForTheEndOfTheQuietHoursTheSameDay() {
        Clock early = at(DUE.plusDays(2).atTime(6, 15), Facts.BERLIN);

        assertThat(propose(early, item("1", DUE, "100.00"))).singleElement()
                .extracting(DunningProposal::notBefore).isEqualTo(DUE.plusDays(2).atTime(8, 0).atZone(Facts.BERLIN).toInstant());
    }

    @Test
    void publicHolidayOfTheDebtorsCountryDefersToTheNextWorkingDay() {
        LocalDate childrensDay = LocalDate.of(2026, 4, 23); // a Thursday
        DunningEngine withHoliday = new DunningEngine(new FixedHolidays(Map.of("TR", Set.of(childrensDay))));
        DebtorFacts turkish = debtor("TR", ISTANBUL);

        List<DunningProposal> proposals = withHoliday.propose(policy, turkish,
                List.of(item("1", childrensDay.minusDays(2), "100.00")), at(childrensDay.atTime(10, 0), ISTANBUL));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED);
            assertThat(p.notBefore()).isEqualTo(childrensDay.plusDays(1).atTime(8, 0).atZone(ISTANBUL).toInstant());
            assertThat(p.reason()).contains("public holiday").contains("TR");
        });
    }

    @Test
    void anotherCountrysHolidayDoesNotDefer() {
        DunningEngine withHoliday = new DunningEngine(new FixedHolidays(Map.of("PL", Set.of(DUE.plusDays(2)))));

        assertThat(withHoliday.propose(policy, debtor(), List.of(item("1", DUE, "100.00")), on(DUE.plusDays(2))))
                .singleElement().extracting(DunningProposal::status).isEqualTo(ProposalStatus.READY);
    }

    @Test
    void weekendDefersToMonday() {
        LocalDate saturday = DUE.plusDays(5);

        assertThat(propose(on(saturday), item("1", DUE, "100.00"))).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.DEFERRED);
            assertThat(p.notBefore()).isEqualTo(DUE.plusDays(7).atTime(8, 0).atZone(Facts.BERLIN).toInstant());
            assertThat(p.reason()).contains("weekend day (SATURDAY)").contains("weekend day (SUNDAY)");
        });
    }

    @Test
    void israeliWeekendIsFridayAndSaturday() {
        ZoneId jerusalem = ZoneId.of("Asia/Jerusalem");
        LocalDate friday = DUE.plusDays(4);

        List<DunningProposal> proposals = engine.propose(policy, debtor("IL", jerusalem),
                List.of(item("1", DUE, "100.00")), at(friday.atTime(10, 0), jerusalem));

        assertThat(proposals).singleElement().extracting(DunningProposal::notBefore)
                .isEqualTo(DUE.plusDays(6).atTime(8, 0).atZone(jerusalem).toInstant()); // Sunday
    }

    @Test
    void weekendsAndHolidaysAreContactDaysWhenThePolicySaysSo() {
        DunningPolicy everyDay = TestPolicies.policy(false, false);
        DunningEngine withHoliday = new DunningEngine(new FixedHolidays(Map.of("DE", Set.of(DUE.plusDays(5)))));

        assertThat(withHoliday.propose(everyDay, debtor(), List.of(item("1", DUE, "100.00")), on(DUE.plusDays(5))))
                .singleElement().extracting(DunningProposal::status).isEqualTo(ProposalStatus.READY);
    }

    // ---- bad input

    @Test
    void itemOfAnotherCustomerIsRefused() {
        DunnableItem foreign = new DunnableItem("9", "C-2", "INV-9", DUE, Money.of("1.00", "EUR"),
                java.util.Optional.empty(), false, java.util.Optional.empty());

        assertThatThrownBy(() -> propose(on(DUE), foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-2").hasMessageContaining("C-1");
    }

    @Test
    void duplicateItemIsRefused() {
        assertThatThrownBy(() -> propose(on(DUE), item("1", DUE, "1.00"), item("1", DUE, "2.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
    }

    @Test
    void currencyTheLevelDoesNotPriceIsRefusedByName() {
        assertThatThrownBy(() -> propose(on(DUE.plusDays(2)), item("1", DUE, Money.of("100.00", "GBP"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBP").hasMessageContaining("minimumAmount");
    }
}
