package io.arrears.core.profile;

import io.arrears.api.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskScoreMonotonicityTest {

    private final RiskScorer scorer = new RiskScorer(RiskConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));

    @Property(tries = 300)
    void moreBrokenPromisesNeverLowerTheScore(@ForAll("signals") BehaviourSignals signals,
                                              @ForAll @IntRange(min = 1, max = 10) int moreBroken) {
        // a broken promise is also a promise made
        BehaviourSignals worse = signals.toBuilder()
                .promises(signals.promisesMade() + moreBroken, signals.promisesKept(), signals.promisesBroken() + moreBroken)
                .build();

        assertThat(scorer.score(worse).score()).isGreaterThanOrEqualTo(scorer.score(signals).score());
    }

    @Property(tries = 200)
    void scoreStaysWithinZeroToHundred(@ForAll("signals") BehaviourSignals signals) {
        assertThat(scorer.score(signals).score()).isBetween(0, 100);
    }

    @Provide
    Arbitrary<BehaviourSignals> signals() {
        Arbitrary<List<Integer>> daysLate = Arbitraries.integers().between(-10, 120).list().ofMaxSize(12);
        Arbitrary<int[]> promises = Arbitraries.integers().between(0, 8).array(int[].class).ofSize(3);
        Arbitrary<Integer> counts = Arbitraries.integers().between(0, 12);
        Arbitrary<Money> balance = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000"))
                .ofScale(2).map(amount -> Money.of(amount, "EUR"));
        Arbitrary<Integer> score = Arbitraries.integers().between(-1, 100);
        return Combinators.combine(daysLate, promises, counts, counts, balance, score)
                .as((late, p, unpaid, excuses, open, external) -> {
                    BehaviourSignals.Builder b = BehaviourSignals.builder(open)
                            .daysBeyondTerms(late)
                            .promises(p[0] + p[1] + p[2], p[0], p[1])
                            .unpaidInvoices(unpaid)
                            .excuse(ExcuseCategory.WILL_PAY_NEXT_WEEK, excuses);
                    return external < 0 ? b.build() : b.externalCreditScore(external).build();
                });
    }
}
