package io.arrears.rest.internal.dashboard;

import io.arrears.api.money.Money;
import io.arrears.api.profile.Effectiveness;
import io.arrears.rest.internal.json.MoneyJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recovery over closed cases per behaviour type and playbook (the profile service's effectiveness
 * rows summed over channels and offers): cases, amount recovered per currency, satisfied share.
 */
public record RecoveryJson(String behaviourType, String playbook, int cases, List<MoneyJson> amountRecovered,
        BigDecimal satisfiedRate) {

    static List<RecoveryJson> of(Collection<Effectiveness> rows) {
        Map<String, List<Effectiveness>> groups = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((Effectiveness e) -> e.behaviourType().name()).thenComparing(Effectiveness::playbook))
                .forEach(e -> groups.computeIfAbsent(e.behaviourType().name() + "\u0000" + e.playbook(), k -> new ArrayList<>()).add(e));
        List<RecoveryJson> result = new ArrayList<>();
        for (List<Effectiveness> group : groups.values()) {
            int cases = group.stream().mapToInt(Effectiveness::cases).sum();
            Map<String, Money> recovered = new TreeMap<>();
            group.forEach(e -> e.amountRecovered().forEach(m -> recovered.merge(m.currencyCode(), m, Money::plus)));
            double satisfied = cases == 0 ? 0 : group.stream().mapToDouble(e -> e.satisfiedRate() * e.cases()).sum() / cases;
            result.add(new RecoveryJson(group.get(0).behaviourType().name(), group.get(0).playbook(), cases,
                    recovered.values().stream().map(MoneyJson::of).toList(),
                    cases == 0 ? null : BigDecimal.valueOf(satisfied).setScale(4, RoundingMode.HALF_UP)));
        }
        return result;
    }
}
