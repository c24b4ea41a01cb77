package io.arrears.api.promise;

import io.arrears.api.check.Checks;
import java.util.List;

/**
 * What one monitor pass did.
 *
 * @param promisesChecked the pending promises judged
 * @param applied         the promise state changes this pass stored (with their consequences)
 * @param plansChecked    the running payment plans judged
 * @param plansChanged    the plans this pass completed or broke
 */
public record MonitorReport(int promisesChecked, List<PromiseStateChange> applied, int plansChecked, int plansChanged) {

    public MonitorReport {
        applied = Checks.list(applied, "MonitorReport", "applied");
    }
}
