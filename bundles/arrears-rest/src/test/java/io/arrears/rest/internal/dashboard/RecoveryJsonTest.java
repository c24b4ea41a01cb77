package io.arrears.rest.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.Effectiveness;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryJsonTest {

    @Test
    void channelsAndOffersAreSummedPerTypeAndPlaybookCurrenciesKeptApart() {
        List<RecoveryJson> rows = RecoveryJson.of(List.of(
                new Effectiveness(BehaviourType.CHRONIC_LATE, "FIRM", "CALL", "NONE", 3, 1.0, Optional.empty(), Optional.empty(),
                        List.of(Money.of("300.00", "EUR"))),
                new Effectiveness(BehaviourType.CHRONIC_LATE, "FIRM", "EMAIL", "PLAN", 1, 0.0, Optional.empty(), Optional.empty(),
                        List.of(Money.of("100.00", "EUR"), Money.of("50.00", "PLN"))),
                new Effectiveness(BehaviourType.COOPERATIVE, "LIGHT", "EMAIL", "NONE", 2, 0.5, Optional.empty(), Optional.empty(),
                        List.of())));

        assertThat(rows).hasSize(2);
        RecoveryJson late = rows.get(0);
        assertThat(late.behaviourType()).isEqualTo("CHRONIC_LATE");
        assertThat(late.cases()).isEqualTo(4);
        assertThat(late.amountRecovered()).extracting(m -> m.currency() + " " + m.amount()).containsExactly("EUR 400.00", "PLN 50.00");
        assertThat(late.satisfiedRate()).isEqualByComparingTo("0.75");
    }
}
