package io.arrears.rest.internal.worklist;

import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.ledger.PositionJson;
import io.arrears.rest.internal.worklist.CustomerSignals.PromiseSignal;
import io.arrears.rest.internal.worklist.WorklistRanking.Factor;
import io.arrears.rest.internal.worklist.WorklistRanking.NextAction;
import io.arrears.rest.internal.worklist.WorklistRanking.WorklistEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the worklist: the customer, the factors of its priority (why it is where it is) and
 * the next action. {@code rank} is 1-based over the whole filtered list, not the page.
 */
public record WorklistRowJson(
        int rank,
        String erpCustomerId,
        String name,
        String country,
        List<PositionJson> positions,
        MoneyJson largestOverdue,
        long maxDaysPastDue,
        LocalDate oldestOpenDueDate,
        Integer riskScore,
        String behaviourType,
        String playbook,
        LocalDate lastContact,
        PromiseSignal promise,
        double priority,
        String explanation,
        List<Factor> factors,
        NextAction nextAction) {

    static WorklistRowJson of(int rank, WorklistEntry entry) {
        var account = entry.account();
        var signals = entry.signals();
        var largest = account.positions().stream().filter(p -> p.overdue().isPositive())
                .max(java.util.Comparator.comparing(p -> p.overdue().amount())).orElseThrow();
        String explanation = entry.factors().stream().map(f -> f.code() + " " + f.weight() + " (" + f.text() + ")")
                .collect(Collectors.joining(" × ")) + " = " + entry.priority();
        return new WorklistRowJson(rank, account.erpCustomerId(), account.name().orElse(null),
                account.country().orElse(null), account.positions().stream().map(PositionJson::of).toList(),
                MoneyJson.of(largest.overdue()), account.maxDaysPastDue(), account.oldestOpenDueDate().orElse(null),
                signals.riskScore().isPresent() ? signals.riskScore().getAsInt() : null,
                signals.behaviourType().orElse(null), signals.playbook().orElse(null),
                signals.lastContact().orElse(null), signals.promise().orElse(null),
                entry.priority(), explanation, entry.factors(), entry.next());
    }
}
