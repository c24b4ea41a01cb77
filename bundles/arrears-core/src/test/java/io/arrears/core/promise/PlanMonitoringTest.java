package io.arrears.core.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.core.ledger.InMemoryJournal;
import io.arrears.core.plan.InstalmentCalculator;
import io.arrears.core.plan.PlanTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plans judged on 2026-05-20: one paid on time, one with its second instalment missed. */
class PlanMonitoringTest {

    private static final Instant AGREED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T06:00:00Z"), ZoneOffset.UTC);

    private final Map<String, StoredPlan> plans = new LinkedHashMap<>();
    private final List<Object[]> ended = new ArrayList<>();
    private final List<LedgerEvent> events = new ArrayList<>();

    @Test
    void aMissedInstalmentBreaksThePlanOnceWithItsConsequenceAndAPaidPlanCompletes() {
        plan("PLAN-KEPT", "C-1");
        plan("PLAN-BROKEN", "C-2");
        pay("C-1", "B-1", LocalDate.of(2026, 4, 10), "300.00");
        pay("C-1", "B-2", LocalDate.of(2026, 5, 8), "300.00");
        pay("C-2", "B-3", LocalDate.of(2026, 4, 9), "300.00");
        PlanMonitoring monitoring = new PlanMonitoring(new Plans(), journal(), new PlanTracker(ConsequencePolicy.bundledDefault()),
                id -> ZoneId.of("Europe/Berlin"), id -> BehaviourType.UNKNOWN, CLOCK);

        assertThat(monitoring.check()).containsExactly(2, 2);
        assertThat(monitoring.check()).containsExactly(0, 0);

        assertThat(plans.get("PLAN-KEPT").state()).isEqualTo(PlanState.COMPLETED);
        assertThat(plans.get("PLAN-BROKEN").state()).isEqualTo(PlanState.BROKEN);
        assertThat(ended).hasSize(2);
        Object[] broken = ended.stream().filter(e -> e[0].equals("PLAN-BROKEN")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Consequence consequence = ((Optional<Consequence>) broken[2]).orElseThrow();
        assertThat(consequence.kind()).isEqualTo(ConsequenceKind.NEXT_LEVEL);
        assertThat(consequence.subjectId()).isEqualTo("PLAN-BROKEN");
        assertThat(broken[3]).isEqualTo("carla");
        assertThat((Optional<?>) ended.stream().filter(e -> e[0].equals("PLAN-KEPT")).findFirst().orElseThrow()[2]).isEmpty();
    }

    @Test
    void theConsequenceOfABrokenPlanFollowsTheDebtorsBehaviourType() {
        plan("PLAN-COOP", "C-3");
        plan("PLAN-LATE", "C-4");
        PlanMonitoring monitoring = new PlanMonitoring(new Plans(), journal(), new PlanTracker(ConsequencePolicy.bundledDefault()),
                id -> ZoneId.of("Europe/Berlin"), id -> id.equals("C-3") ? BehaviourType.COOPERATIVE : BehaviourType.CHRONIC_LATE,
                CLOCK);

        assertThat(monitoring.check()).containsExactly(2, 2);

        assertThat(consequenceOf("PLAN-COOP").kind()).isEqualTo(ConsequenceKind.COLLECTOR_TASK);
        assertThat(consequenceOf("PLAN-LATE").kind()).isEqualTo(ConsequenceKind.ESCALATION_PROPOSAL);
    }

    @SuppressWarnings("unchecked")
    private Consequence consequenceOf(String planId) {
        return ((Optional<Consequence>) ended.stream().filter(e -> e[0].equals(planId)).findFirst().orElseThrow()[2]).orElseThrow();
    }

    private void plan(String id, String customer) {
        PlanTerms terms = new PlanTerms(customer, List.of(), Money.of("600.00", "EUR"), 2, Frequency.MONTHLY, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 10), Optional.empty(), Optional.empty(), 3);
        PaymentPlan plan = new InstalmentCalculator().plan(id, terms, "carla", AGREED);
        plans.put(id, new StoredPlan(plan, PlanState.ACTIVE, Optional.empty(), Optional.of(1L), Optional.empty(), Optional.empty()));
    }

    private void pay(String customer, String key, LocalDate on, String amount) {
        events.add(new LedgerEvent.PaymentRecorded(Payment.of(key, customer, on, Money.of(amount, "EUR"), List.of())));
    }

    private LedgerEventRepository journal() {
        return new InMemoryJournal(events);
    }

    /** The repository's rule: only an ACTIVE plan ends. */
    private final class Plans implements PlanRepository {
        @Override
        public StoredPlan agree(PaymentPlan plan, Optional<String> approvedBy, Optional<NewOutboxMessage> agreement) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredPlan> find(String planId) {
            return Optional.ofNullable(plans.get(planId));
        }

        @Override
        public List<StoredPlan> forCustomer(String erpCustomerId) {
            return List.of();
        }

        @Override
        public List<StoredPlan> active() {
            return plans.values().stream().filter(p -> p.state() == PlanState.ACTIVE).toList();
        }

        @Override
        public boolean end(String planId, PlanState to, String reason, Optional<Consequence> consequence, String collector,
                Instant at) {
            StoredPlan p = plans.get(planId);
            if (p.state() != PlanState.ACTIVE) {
                return false;
            }
            plans.put(planId, new StoredPlan(p.plan(), to, p.approvedBy(), p.blockId(), Optional.of(at), Optional.of(reason)));
            ended.add(new Object[] {planId, to, consequence, collector});
            return true;
        }
    }
}
