package io.arrears.core.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskScorerTest {

    private final RiskScorer scorer = new RiskScorer(RiskConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));

    @Test
    void chronicLatePayerScoresHighWithEveryFactorExplained() {
        RiskScore risk = scorer.score(Histories.chronicLate());

        // 7 unpaid x4 -> 20 (cap); 15000/10000 x20 -> 20 (cap); trend 30-12=18 -> 10 (cap); 4 broken x7 -> 20 (cap);
        // 4 excuses x2 -> 8; score 30 -> 0.7 x10 -> 7; drift not assessed -> 0: 85
        assertThat(risk.score()).isEqualTo(85);
        assertThat(risk.factors()).extracting(RiskFactor::kind).containsExactly(RiskFactor.Kind.values());
        assertThat(risk.factors()).filteredOn(f -> f.kind() == RiskFactor.Kind.DAYS_LATE_TREND)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.points()).isEqualTo(10.0);
                    assertThat(f.detail()).contains("18 days slower");
                });
        assertThat(risk.explain()).startsWith("85/100: ").contains("BROKEN_PROMISES: 20/20 (4 of 5 promises broken)");
    }

    @Test
    void cooperativePayerScoresLow() {
        RiskScore risk = scorer.score(Histories.cooperative());

        // 1 unpaid -> 4; 1200/10000 x20 -> 2.4; trend 3-3.5 -> none; nothing else: 6.4 -> 6
        assertThat(risk.score()).isEqualTo(6);
        assertThat(risk.explain()).contains("no external credit score").contains("faster (no points)");
    }

    @Test
    void sameSignalsGiveTheSameScore() {
        assertThat(scorer.score(Histories.struggling())).isEqualTo(scorer.score(Histories.struggling()));
    }

    @Test
    void shortHistoryHasNoTrendPoints() {
        RiskScore risk = scorer.score(BehaviourSignals.builder(Histories.eur("0.00")).daysBeyondTerms(40, 90).build());

        assertThat(risk.score()).isZero();
        assertThat(risk.explain()).contains("fewer than 4 paid invoices: no trend yet");
    }
}
