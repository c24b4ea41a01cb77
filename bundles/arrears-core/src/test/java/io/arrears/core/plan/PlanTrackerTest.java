package io.arrears.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.plan.DunningPause;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanStatus;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.core.promise.ConsequencePolicy;
import io.arrears.core.promise.Receipts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTrackerTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 10);
    private static final LocalDate DUE_1 = LocalDate.of(2025, 1, 31);
    private static final LocalDate DUE_2 = LocalDate.of(2025, 2, 28);
    private static final LocalDate DUE_3 = LocalDate.of(2025, 3, 31);

    private final PlanTracker tracker = new PlanTracker(ConsequencePolicy.bundledDefault());
    // 900.00 EUR in three monthly instalments of 300.00 from 31 January, 5 grace days, on items A and B
    private final PaymentPlan plan = new InstalmentCalculator().plan("PL1",
            new PlanTerms("C1", List.of("A", "B"), eur("900.00"), 3, Frequency.MONTHLY, START, DUE_1, Optional.empty(),
                    Optional.empty(), 5),
            "anna", Instant.parse("2025-01-10T09:00:00Z"));
    private final List<Payment> payments = new ArrayList<>();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private void pay(LocalDate valueDate, String amount) {
        payments.add(Payment.of("p" + payments.size(), "C1", valueDate, eur(amount), List.of()));
    }

    private PlanStatus status(PlanState previous, LocalDate day) {
        return tracker.evaluate(plan, previous, Receipts.of("C1", payments, List.of()), BehaviourType.STRUGGLING, on(day));
    }

    @Test
    void paidOnTimeIsActiveAndOnTrack() {
        pay(DUE_1, "300.00");

        PlanStatus status = status(PlanState.ACTIVE, DUE_1.plusDays(10));

        assertThat(status.state()).isEqualTo(PlanState.ACTIVE);
        assertThat(status.isOnTrack()).isTrue();
        assertThat(status.next()).hasValueSatisfying(i -> assertThat(i.number()).isEqualTo(2));
        assertThat(status.dueSoFar()).isEqualTo(eur("300.00"));
        assertThat(status.paid()).isEqualTo(eur("300.00"));
    }

    @Test
    void anInstalmentLateWithinGraceKeepsThePlanActiveButNotOnTrack() {
        pay(DUE_1, "300.00");

        PlanStatus status = status(PlanState.ACTIVE, DUE_2.plusDays(5));

        assertThat(status.state()).isEqualTo(PlanState.ACTIVE);
        assertThat(status.isOnTrack()).isFalse();
        assertThat(status.late()).hasValueSatisfying(i -> assertThat(i.number()).isEqualTo(2));
        assertThat(status.reason()).contains("5 days late", "within 5 grace days");
    }

    @Test
    void anInstalmentMoreThanGraceDaysLateBreaksThePlanWithTheConfiguredConsequence() {
        pay(DUE_1, "300.00");
        pay(DUE_2.plusDays(3), "299.99");

        PlanStatus status = status(PlanState.ACTIVE, DUE_2.plusDays(6));

        assertThat(status.state()).isEqualTo(PlanState.BROKEN);
        assertThat(status.late()).hasValueSatisfying(i -> assertThat(i.number()).isEqualTo(2));
        assertThat(status.consequence()).hasValueSatisfying(c -> {
            assertThat(c.kind()).isEqualTo(ConsequenceKind.COLLECTOR_TASK);
            assertThat(c.subjectId()).isEqualTo("PL1");
            assertThat(c.itemIds()).containsExactly("A", "B");
        });
    }

    @Test
    void aBrokenPlanStaysBrokenWithoutASecondConsequence() {
        pay(DUE_1, "300.00");
        pay(DUE_2.plusDays(20), "600.00");

        PlanStatus status = status(PlanState.BROKEN, DUE_2.plusDays(21));

        assertThat(status.state()).isEqualTo(PlanState.BROKEN);
        assertThat(status.consequence()).isEmpty();
    }

    @Test
    void aPaymentInsideTheGraceDaysCuresTheLateInstalment() {
        pay(DUE_1.plusDays(5), "300.00");

        assertThat(status(PlanState.ACTIVE, DUE_1.plusDays(6)).state()).isEqualTo(PlanState.ACTIVE);
    }

    @Test
    void payingEverythingCompletesThePlanAndEndsThePause() {
        pay(DUE_1, "300.00");
        pay(DUE_2, "300.00");
        pay(DUE_3.minusDays(2), "300.00");

        PlanStatus status = status(PlanState.ACTIVE, DUE_3);
        DunningPause pause = tracker.dunningPause(plan, PlanState.ACTIVE, Receipts.of("C1", payments, List.of()),
                BehaviourType.STRUGGLING, on(DUE_3));

        assertThat(status.state()).isEqualTo(PlanState.COMPLETED);
        assertThat(status.next()).isEmpty();
        assertThat(pause.paused()).isFalse();
    }

    @Test
    void paymentsBeforeThePlanStartDoNotCount() {
        pay(START.minusDays(1), "300.00");

        assertThat(status(PlanState.ACTIVE, DUE_1.plusDays(6)).state()).isEqualTo(PlanState.BROKEN);
    }

    @Test
    void dunningOfThePlanItemsIsPausedWhileThePlanIsActive() {
        pay(DUE_1, "300.00");

        DunningPause pause = tracker.dunningPause(plan, PlanState.ACTIVE, Receipts.of("C1", payments, List.of()),
                BehaviourType.STRUGGLING, on(DUE_1.plusDays(1)));

        assertThat(pause.paused()).isTrue();
        assertThat(pause.itemIds()).containsExactly("A", "B");
        assertThat(pause.reason()).contains("dunning paused", "PL1", "next instalment 2");
    }

    @Test
    void dunningResumesOnceThePlanIsBroken() {
        boolean paused = tracker.isDunningPaused(plan, PlanState.ACTIVE, Receipts.of("C1", payments, List.of()),
                BehaviourType.STRUGGLING, on(DUE_1.plusDays(6)));

        assertThat(paused).isFalse();
    }
}
