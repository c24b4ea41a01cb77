package io.arrears.core.promise;

import io.arrears.api.promise.MonitorReport;
import io.arrears.api.promise.PromiseMonitor;
import java.util.Objects;

/** One monitor pass: the promises, then the payment plans. */
public final class CollectionMonitor implements PromiseMonitor {

    private final PromiseMonitoring promises;
    private final PlanMonitoring plans;

    public CollectionMonitor(PromiseMonitoring promises, PlanMonitoring plans) {
        this.promises = Objects.requireNonNull(promises, "promises");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    @Override
    public MonitorReport check() {
        MonitorReport promiseReport = promises.check();
        int[] planReport = plans.check();
        return new MonitorReport(promiseReport.promisesChecked(), promiseReport.applied(), planReport[0], planReport[1]);
    }
}
