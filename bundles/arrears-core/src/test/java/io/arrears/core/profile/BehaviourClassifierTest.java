package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.stream.Stream;

import static io.arrears.core.profile.Signal.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BehaviourClassifierTest {

    private final BehaviourClassifier classifier = new BehaviourClassifier(ClassifierConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));

    static Stream<Arguments> histories() {
        return Stream.of(
                arguments(BehaviourType.COOPERATIVE, Histories.cooperative(),
                        Set.of(AVG_DAYS_TO_PAY_AFTER_REMINDER, RESPONSE_RATE, PROMISE_KEPT_RATE)),
                arguments(BehaviourType.EASYGOING, Histories.easygoing(),
                        Set.of(RESPONSE_RATE, PROMISE_KEPT_RATE, AVG_DAYS_TO_PAY_AFTER_REMINDER, AVG_DAYS_LATE)),
                arguments(BehaviourType.PESSIMIST, Histories.pessimist(),
                        Set.of(RESPONSE_RATE, EXCUSES_TOTAL, AVG_DAYS_LATE)),
                arguments(BehaviourType.DOMINANT, Histories.dominant(),
                        Set.of(ACCOUNT_QUERIES, COUNTER_PROPOSALS, DISPUTES)),
                arguments(BehaviourType.STRUGGLING, Histories.struggling(),
                        Set.of(CASH_SHORTAGE_EXCUSES, PARTIAL_PAYMENTS, INSTALMENT_REQUESTS)),
                arguments(BehaviourType.EMOTIONAL, Histories.emotional(),
                        Set.of(BLAME_EXCUSES, COMPLAINTS, HEATED_CONTACTS)),
                arguments(BehaviourType.DISORGANISED, Histories.disorganised(),
                        Set.of(INVOICE_COPY_REQUESTS, PAPERWORK_EXCUSES, AVG_DAYS_TO_PAY_AFTER_REMINDER)),
                arguments(BehaviourType.CHRONIC_LATE, Histories.chronicLate(),
                        Set.of(PROMISES_BROKEN, UNPAID_INVOICES, DAYS_LATE_TREND, EXTERNAL_SCORE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void classifiesEachTypeAndNamesTheDecidingSignals(BehaviourType expected, BehaviourSignals history,
                                                      Set<Signal> deciding) {
        BehaviourSuggestion suggestion = classifier.classify(history);

        assertThat(suggestion.type()).as(suggestion.summary()).isEqualTo(expected);
        assertThat(suggestion.decidingSignals()).containsAll(deciding);
        assertThat(suggestion.explanation()).allSatisfy(e -> {
            assertThat(e.rule()).startsWith(e.signal().name());
            assertThat(e.why()).isNotBlank();
        });
        assertThat(suggestion.explanation().stream().map(Evidence::toString))
                .anySatisfy(line -> assertThat(line).contains(deciding.iterator().next().name()));
        assertThat(suggestion.confidence()).isBetween(0.5, 1.0);
        assertThat(suggestion.summary()).startsWith(expected.name());
    }

    @Test
    void explanationCarriesObservedValueRuleAndContribution() {
        BehaviourSuggestion suggestion = classifier.classify(Histories.cooperative());

        assertThat(suggestion.explanation()).anySatisfy(e -> {
            assertThat(e.signal()).isEqualTo(AVG_DAYS_TO_PAY_AFTER_REMINDER);
            assertThat(e.observed()).isEqualTo(2.0);
            assertThat(e.rule()).isEqualTo("AVG_DAYS_TO_PAY_AFTER_REMINDER <= 5");
            assertThat(e.contribution()).isEqualTo(3.0 / 7.0);
            assertThat(e.toString()).isEqualTo(
                    "AVG_DAYS_TO_PAY_AFTER_REMINDER = 2 (rule AVG_DAYS_TO_PAY_AFTER_REMINDER <= 5, +0.43): pays within days of the first reminder");
        });
    }

    @Test
    void negativeRulesShowUpAsNegativeContributions() {
        // cooperative in every way but one broken promise: the rule against it is part of the story
        BehaviourSignals oneBroken = Histories.cooperative().toBuilder().promises(3, 2, 1).build();

        BehaviourSuggestion suggestion = classifier.classify(oneBroken);

        assertThat(suggestion.scores().get(BehaviourType.COOPERATIVE)).isLessThan(
                classifier.classify(Histories.cooperative()).scores().get(BehaviourType.COOPERATIVE));
        assertThat(suggestion.type()).isNotEqualTo(BehaviourType.COOPERATIVE);
    }

    @Test
    void thinEvidenceIsUnknown() {
        BehaviourSignals thin = BehaviourSignals.builder(Histories.eur("100.00"))
                .daysToPayAfterReminder(1).daysBeyondTerms(2).contacts(1, 1).build();

        BehaviourSuggestion suggestion = classifier.classify(thin);

        assertThat(suggestion.type()).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(suggestion.confidence()).isZero();
        assertThat(suggestion.summary()).contains("thin evidence").contains("2 observations").contains("at least 4");
    }

    @Test
    void noTypeClearlyAheadIsUnknown() {
        // a struggling debtor who also blames the supplier loudly: two full matches, no margin
        BehaviourSignals mixed = Histories.struggling().toBuilder()
                .excuse(ExcuseCategory.QUALITY_DISPUTE, 2).complaints(3).heatedContacts(1).disputes(1)
                .build();

        BehaviourSuggestion suggestion = classifier.classify(mixed);

        assertThat(suggestion.type()).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(suggestion.summary()).contains("no type clearly ahead");
    }

    @Test
    void nothingMatchingWellEnoughIsUnknown() {
        BehaviourSignals bland = BehaviourSignals.builder(Histories.eur("100.00"))
                .daysBeyondTerms(0, 1, 0, 1).contacts(4, 2).build();

        BehaviourSuggestion suggestion = classifier.classify(bland);

        assertThat(suggestion.type()).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(suggestion.summary()).contains("no type matches well enough");
    }

    @Test
    void moreEvidenceRaisesConfidence() {
        BehaviourSignals few = BehaviourSignals.builder(Histories.eur("1200.00"))
                .daysToPayAfterReminder(2, 3).daysBeyondTerms(3, 4).promises(1, 1, 0).contacts(2, 2).build();

        assertThat(classifier.classify(few).type()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(classifier.classify(few).confidence())
                .isLessThan(classifier.classify(Histories.cooperative()).confidence());
    }
}
