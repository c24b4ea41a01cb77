package io.arrears.core.dunning;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static io.arrears.core.dunning.Facts.debtor;
import static io.arrears.core.dunning.Facts.item;
import static io.arrears.core.dunning.Facts.noticed;
import static io.arrears.core.dunning.Facts.on;
import static org.assertj.core.api.Assertions.assertThat;

class DunningRecheckTest {

    /** A Monday. */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private final DunningPolicy policy = TestPolicies.standard();
    private final DunningEngine engine = new DunningEngine(FixedHolidays.none());
    private final DunnableItem item = noticed(item("1", DUE, "100.00"), 1, DUE.minusDays(3));
    private final Clock proposedAt = on(DUE.plusDays(1));
    private final DunningProposal proposal = engine.propose(policy, debtor(), List.of(item), proposedAt).get(0);

    @Test
    void unchangedFactsProceed() {
        RecheckResult result = engine.recheck(policy, proposal, debtor(), List.of(item), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.PROCEED);
        assertThat(result.eligible()).isTrue();
    }

    @Test
    void paymentBetweenProposalAndExecutionCancels() {
        RecheckResult result = engine.recheck(policy, proposal, debtor(),
                List.of(Facts.withResidual(item, "40.00")), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.CANCEL);
        assertThat(result.reason()).contains("residual changed from 100.00 EUR to 40.00 EUR");
    }

    @Test
    void fullPaymentCancels() {
        assertThat(engine.recheck(policy, proposal, debtor(), List.of(Facts.withResidual(item, "0.00")), on(DUE.plusDays(1))).outcome())
                .isEqualTo(RecheckResult.Outcome.CANCEL);
    }

    @Test
    void itemGoneFromTheOpenItemsCancels() {
        RecheckResult result = engine.recheck(policy, proposal, debtor(), List.of(), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.CANCEL);
        assertThat(result.reason()).contains("no longer among the customer's open items");
    }

    @Test
    void disputeRaisedSinceCancels() {
        RecheckResult result = engine.recheck(policy, proposal, debtor(), List.of(Facts.disputed(item)), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.CANCEL);
        assertThat(result.reason()).contains("disputed");
    }

    @Test
    void itemBlockedSinceCancels() {
        assertThat(engine.recheck(policy, proposal, debtor(), List.of(Facts.blocked(item, "payment plan")), on(DUE.plusDays(1))).reason())
                .contains("payment plan");
    }

    @Test
    void customerBlockedSinceCancels() {
        RecheckResult result = engine.recheck(policy, proposal, Facts.blocked(debtor(), "legal hold"), List.of(item), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.CANCEL);
        assertThat(result.reason()).contains("legal hold");
    }

    @Test
    void noticeRecordedSinceCancelsSoTheDebtorIsNotDunnedTwice() {
        RecheckResult result = engine.recheck(policy, proposal, debtor(),
                List.of(noticed(item, 2, DUE.plusDays(1))), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.CANCEL);
        assertThat(result.reason()).contains("a notice was recorded since");
    }

    @Test
    void contactMadeSinceDefers() {
        DebtorFacts justCalled = Facts.withLastContact(debtor(), DUE.plusDays(1).atTime(9, 30).atZone(Facts.BERLIN).toInstant());

        RecheckResult result = engine.recheck(policy, proposal, justCalled, List.of(item), on(DUE.plusDays(1)));

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.DEFER);
        assertThat(result.eligible()).isTrue();
        assertThat(result.notBefore()).isEqualTo(DUE.plusDays(4).atTime(9, 30).atZone(Facts.BERLIN).toInstant());
        assertThat(result.reason()).contains("frequency cap");
    }

    @Test
    void executionInQuietHoursDefers() {
        Clock night = Facts.at(DUE.plusDays(1).atTime(22, 0), Facts.BERLIN);

        RecheckResult result = engine.recheck(policy, proposal, debtor(), List.of(item), night);

        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.DEFER);
        assertThat(result.notBefore()).isEqualTo(DUE.plusDays(2).atTime(8, 0).atZone(Facts.BERLIN).toInstant());
    }

    @Test
    void preDueReminderExecutedAfterTheDueDateCancels() {
        DunnableItem fresh = item("2", DUE, "100.00");
        DunningProposal reminder = engine.propose(policy, debtor(), List.of(fresh), on(DUE.minusDays(1))).get(0);

        RecheckResult result = engine.recheck(policy, reminder, debtor(), List.of(fresh), on(DUE.plusDays(1)));

        assertThat(reminder.level()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(RecheckResult.Outcome.CANCEL);
        assertThat(result.reason()).contains("now due for level 2");
    }
}
