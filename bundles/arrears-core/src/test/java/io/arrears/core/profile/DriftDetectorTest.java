package io.arrears.core.profile;

import static io.arrears.core.profile.Histories.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour drift (issue 5 item 8): a customer departing from their own history is flagged, with the measure that moved,
 * its earlier and recent value and the rule; a customer in line with their history, or without one, is not.
 */
class DriftDetectorTest {

    private static final DriftDetector DETECTOR = new DriftDetector(DriftConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));

    /** Four invoices paid 2-3 days after terms and the reminder, every contact answered, both promises kept, no excuse. */
    private static BehaviourSignals.Builder steady() {
        return BehaviourSignals.builder(eur("1000.00"))
                .daysBeyondTerms(2, 3, 2, 3).daysToPayAfterReminder(2, 2, 3, 2)
                .contacts(4, 4).promises(2, 2, 0);
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("in line with own history", history(b -> b), List.of()),
                Arguments.of("days to pay drifting: 2.5 -> 13 days beyond terms",
                        history(b -> b.daysBeyondTerms(12, 14)), List.of("AVG_DAYS_LATE from 2.5 to 13 (up by at least 7)")),
                Arguments.of("days late up by less than the threshold", history(b -> b.daysBeyondTerms(7, 8)), List.of()),
                Arguments.of("slower after the reminder: 2.25 -> 9.5 days",
                        history(b -> b.daysToPayAfterReminder(9, 10)),
                        List.of("AVG_DAYS_TO_PAY_AFTER_REMINDER from 2.25 to 9.5 (up by at least 5)")),
                Arguments.of("more excuses than usual: 0 -> 1 per contact",
                        history(b -> b.contacts(2, 2).excuse(ExcuseCategory.CASH_FLOW_PROBLEMS, 2)),
                        List.of("EXCUSES_PER_CONTACT from 0 to 1 (up by at least 0.25)")),
                Arguments.of("first broken promise",
                        history(b -> b.promises(1, 0, 1)), List.of("PROMISES_BROKEN from 0 to 1 (first broken promise: none in the history)")),
                Arguments.of("fewer answers: 1 -> 0.25", history(b -> b.contacts(4, 1)),
                        List.of("RESPONSE_RATE from 1 to 0.25 (down by at least 0.3)")),
                Arguments.of("several measures at once",
                        history(b -> b.daysBeyondTerms(20, 25).promises(2, 1, 1)),
                        List.of("AVG_DAYS_LATE from 2.5 to 22.5 (up by at least 7)",
                                "PROMISES_BROKEN from 0 to 1 (first broken promise: none in the history)")));
    }

    private static BehaviourSignals[] history(UnaryOperator<BehaviourSignals.Builder> recent) {
        return new BehaviourSignals[] {steady().build(), recent.apply(steady()).build()};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void flagsADepartureFromTheCustomersOwnHistoryWithItsReason(String name, BehaviourSignals[] windows, List<String> reasons) {
        DriftReport report = DETECTOR.detect(windows[0], windows[1]);

        assertThat(report.reasons()).extracting(DriftReport.Reason::toString).containsExactlyElementsOf(reasons);
        assertThat(report.drifting()).isEqualTo(!reasons.isEmpty());
    }

    static Stream<Arguments> notComparable() {
        return Stream.of(
                Arguments.of("no history at all", BehaviourSignals.builder(eur("0.00")).build()),
                Arguments.of("three observations, four needed", BehaviourSignals.builder(eur("0.00")).daysBeyondTerms(2, 3)
                        .contacts(1, 1).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notComparable")
    void aThinHistoryIsNeverADriftButSaysWhy(String name, BehaviourSignals earlier) {
        BehaviourSignals alarming = BehaviourSignals.builder(eur("5000.00")).daysBeyondTerms(40, 50).promises(3, 0, 3)
                .contacts(5, 0).build();

        DriftReport report = DETECTOR.detect(earlier, alarming);

        assertThat(report.drifting()).isFalse();
        assertThat(report.note()).contains("no history to compare", "at least 4 needed");
    }

    @ParameterizedTest(name = "broken promises before: {0}")
    @MethodSource("brokenBefore")
    void onlyTheFirstBrokenPromiseIsADrift(int brokenBefore, boolean flagged) {
        BehaviourSignals earlier = steady().promises(3, 3 - brokenBefore, brokenBefore).build();
        BehaviourSignals recent = steady().promises(1, 0, 1).build();

        assertThat(DETECTOR.detect(earlier, recent).reasons()).extracting(DriftReport.Reason::measure)
                .containsExactlyElementsOf(flagged ? List.of("PROMISES_BROKEN") : List.of());
    }

    static Stream<Arguments> brokenBefore() {
        return Stream.of(Arguments.of(0, true), Arguments.of(1, false), Arguments.of(3, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aDriftIsARiskFactorWorthPointsPerMeasure(String name, BehaviourSignals[] windows, List<String> reasons) {
        RiskScorer scorer = new RiskScorer(RiskConfig.bundledDefault(), new SignalReader(OpenBalanceThresholds.bundledDefault()));
        DriftReport report = DETECTOR.detect(windows[0], windows[1]);

        RiskScore withDrift = scorer.score(windows[1], report);

        assertThat(withDrift.factors()).filteredOn(f -> f.kind() == RiskFactor.Kind.DRIFT).singleElement().satisfies(f -> {
            assertThat(f.points()).isEqualTo(Math.min(10, 5.0 * reasons.size()));
            reasons.forEach(r -> assertThat(f.detail()).contains(r));
        });
        assertThat(withDrift.score()).isGreaterThanOrEqualTo(scorer.score(windows[1]).score());
    }
}
