package io.arrears.core.promise;

import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.MonitorReport;
import io.arrears.api.promise.PromiseMonitor;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.ledger.Ledger;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The promise half of the monitor: judges the pending promises customer by customer with the {@link PromiseTracker}
 * and stores each change; the repository applies a change (and its consequence) only once, so a change another node
 * stored first is skipped. The consequence of a broken promise follows the debtor's behaviour type in force.
 */
public final class PromiseMonitoring {

    private final PromiseRepository promises;
    private final LedgerEventRepository journal;
    private final PromiseTracker tracker;
    private final Function<String, ZoneId> zones;
    private final Function<String, BehaviourType> types;
    private final Clock clock;

    /**
     * @param zones the debtor's time zone by ERP customer id (decides "today" for the debtor)
     * @param types the debtor's behaviour type in force by ERP customer id (decides the consequence)
     */
    public PromiseMonitoring(PromiseRepository promises, LedgerEventRepository journal, PromiseTracker tracker,
            Function<String, ZoneId> zones, Function<String, BehaviourType> types, Clock clock) {
        this.promises = Objects.requireNonNull(promises, "promises");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.types = Objects.requireNonNull(types, "types");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks every pending promise; returns the changes this call stored. */
    public MonitorReport check() {
        List<TrackedPromise> pending = promises.pending();
        Map<String, List<TrackedPromise>> byCustomer = pending.stream()
                .collect(Collectors.groupingBy(t -> t.promise().customerId(), LinkedHashMap::new, Collectors.toList()));
        List<PromiseStateChange> applied = new ArrayList<>();
        for (Map.Entry<String, List<TrackedPromise>> customer : byCustomer.entrySet()) {
            Receipts receipts = Receipts.fromLedger(Ledger.replay(journal.findByCustomer(customer.getKey())), customer.getKey());
            Clock debtorClock = clock.withZone(zones.apply(customer.getKey()));
            for (PromiseStateChange change : tracker.evaluate(customer.getValue(), receipts, types.apply(customer.getKey()),
                    debtorClock)) {
                if (promises.changeState(change, clock.instant())) {
                    applied.add(change);
                }
            }
        }
        return new MonitorReport(pending.size(), applied, 0, 0);
    }
}
