package io.arrears.core.profiling;

import io.arrears.api.money.Money;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.Effectiveness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Aggregates case closures per behaviour type, playbook, channel and offer (domain.md 6). */
final class EffectivenessReport {

    private EffectivenessReport() {
    }

    static List<Effectiveness> of(List<CaseClosure> closures) {
        Map<String, List<CaseClosure>> groups = new TreeMap<>();
        for (CaseClosure c : closures) {
            groups.computeIfAbsent(c.behaviourType() + "\u0000" + c.playbook() + "\u0000" + c.channel() + "\u0000" + c.offer(),
                    k -> new ArrayList<>()).add(c);
        }
        List<Effectiveness> rows = new ArrayList<>();
        for (List<CaseClosure> group : groups.values()) {
            CaseClosure first = group.get(0);
            int made = group.stream().mapToInt(CaseClosure::promisesMade).sum();
            int kept = group.stream().mapToInt(CaseClosure::promisesKept).sum();
            List<Integer> days = group.stream().map(CaseClosure::daysToPayAfterContact).filter(OptionalInt::isPresent)
                    .map(OptionalInt::getAsInt).toList();
            Map<String, Money> recovered = new TreeMap<>();
            group.forEach(c -> c.amountRecovered().ifPresent(m -> recovered.merge(m.currencyCode(), m, Money::plus)));
            rows.add(new Effectiveness(first.behaviourType(), first.playbook(), first.channel(), first.offer(), group.size(),
                    round((double) group.stream().filter(CaseClosure::satisfied).count() / group.size()),
                    made == 0 ? Optional.empty() : Optional.of(round((double) kept / made)),
                    days.isEmpty() ? Optional.empty()
                            : Optional.of(round(days.stream().mapToInt(Integer::intValue).average().orElseThrow())),
                    List.copyOf(recovered.values())));
        }
        return rows;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
