package io.arrears.core.promise;

import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanStatus;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.profile.BehaviourType;
import io.arrears.core.ledger.Ledger;
import io.arrears.core.plan.PlanTracker;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * The plan half of the monitor: a running plan that the {@link PlanTracker} finds COMPLETED or BROKEN is ended; the
 * repository clears its dunning block (dunning resumes) and records a broken plan's consequence (per the debtor's
 * behaviour type in force), each once.
 */
public final class PlanMonitoring {

    private final PlanRepository plans;
    private final LedgerEventRepository journal;
    private final PlanTracker tracker;
    private final Function<String, ZoneId> zones;
    private final Function<String, BehaviourType> types;
    private final Clock clock;

    /** @param types the debtor's behaviour type in force by ERP customer id (decides the consequence) */
    public PlanMonitoring(PlanRepository plans, LedgerEventRepository journal, PlanTracker tracker, Function<String, ZoneId> zones,
            Function<String, BehaviourType> types, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.types = Objects.requireNonNull(types, "types");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return {checked, ended by this call} */
    public int[] check() {
        int checked = 0;
        int ended = 0;
        for (StoredPlan stored : plans.active()) {
            checked++;
            String customer = stored.plan().customerId();
            Receipts receipts = Receipts.fromLedger(Ledger.replay(journal.findByCustomer(customer)), customer);
            PlanStatus status = tracker.evaluate(stored.plan(), PlanState.ACTIVE, receipts, types.apply(customer),
                    clock.withZone(zones.apply(customer)));
            if (status.state() != PlanState.ACTIVE && plans.end(stored.plan().id(), status.state(), status.reason(),
                    status.consequence(), stored.plan().agreedBy(), clock.instant())) {
                ended++;
            }
        }
        return new int[] {checked, ended};
    }
}
