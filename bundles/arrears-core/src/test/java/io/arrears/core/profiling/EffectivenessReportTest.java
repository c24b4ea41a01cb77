package io.arrears.core.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.Effectiveness;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Lessons learned aggregated per behaviour type, playbook, channel and offer (issue 5 item 9). */
class EffectivenessReportTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static CaseClosure closed(BehaviourType type, String playbook, String channel, String offer, boolean satisfied,
            int made, int kept, Integer days, String recovered, String currency) {
        return new CaseClosure(0, "K", "carla", AT, satisfied, "", "", type, playbook, channel, offer, made, kept,
                days == null ? OptionalInt.empty() : OptionalInt.of(days),
                recovered == null ? Optional.empty() : Optional.of(Money.of(recovered, currency)));
    }

    @Test
    void eachCombinationIsAggregatedOnItsOwn() {
        List<Effectiveness> rows = EffectivenessReport.of(List.of(
                closed(BehaviourType.STRUGGLING, "STRUGGLING v2", "PHONE", "INSTALMENT_PLAN", true, 3, 2, 10, "900.00", "EUR"),
                closed(BehaviourType.STRUGGLING, "STRUGGLING v2", "PHONE", "INSTALMENT_PLAN", false, 1, 1, 20, "100.00", "EUR"),
                closed(BehaviourType.STRUGGLING, "STRUGGLING v2", "PHONE", "INSTALMENT_PLAN", true, 0, 0, null, "50.00", "PLN"),
                closed(BehaviourType.STRUGGLING, "STRUGGLING v3", "PHONE", "INSTALMENT_PLAN", true, 2, 0, 30, null, null),
                closed(BehaviourType.STRUGGLING, "STRUGGLING v2", "EMAIL", "INSTALMENT_PLAN", true, 1, 1, 3, "10.00", "EUR"),
                closed(BehaviourType.STRUGGLING, "STRUGGLING v2", "PHONE", "EXTENSION", true, 1, 0, 5, "10.00", "EUR"),
                closed(BehaviourType.COOPERATIVE, "COOPERATIVE v2", "EMAIL", "NONE", true, 0, 0, null, null, null)));

        assertThat(rows).hasSize(5);
        assertThat(rows).filteredOn(r -> r.playbook().equals("STRUGGLING v2") && r.channel().equals("PHONE")
                && r.offer().equals("INSTALMENT_PLAN")).singleElement().satisfies(r -> {
                    assertThat(r.cases()).isEqualTo(3);
                    assertThat(r.satisfiedRate()).isEqualTo(0.67);
                    assertThat(r.promiseKeptRate()).contains(0.75);
                    assertThat(r.averageDaysToPayAfterContact()).contains(15.0);
                    assertThat(r.amountRecovered()).containsExactly(Money.of("1000.00", "EUR"), Money.of("50.00", "PLN"));
                });
        assertThat(rows).filteredOn(r -> r.playbook().equals("STRUGGLING v3")).singleElement().satisfies(r -> {
            assertThat(r.promiseKeptRate()).contains(0.0);
            assertThat(r.amountRecovered()).isEmpty();
        });
        assertThat(rows).filteredOn(r -> r.behaviourType() == BehaviourType.COOPERATIVE).singleElement().satisfies(r -> {
            assertThat(r.promiseKeptRate()).as("no promise made: no rate").isEmpty();
            assertThat(r.averageDaysToPayAfterContact()).isEmpty();
        });
        assertThat(rows).extracting(Effectiveness::offer).contains("EXTENSION", "NONE");
        assertThat(EffectivenessReport.of(List.of())).isEmpty();
    }
}
