package io.arrears.core.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.profile.BehaviourType;
import io.arrears.core.profile.BehaviourClassifier;
import io.arrears.core.profile.BehaviourSignals;
import io.arrears.core.profile.BehaviourSuggestion;
import io.arrears.core.profile.ClassifierConfig;
import io.arrears.core.profile.Evidence;
import io.arrears.core.profile.OpenBalanceThresholds;
import io.arrears.core.profile.Signal;
import io.arrears.core.profile.SignalAssembler;
import io.arrears.core.profile.SignalReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One synthetic history per behaviour type, as the distribution's demo data holds it (invoices, bank payments,
 * contact log, promises), taken through the real signal assembly and the bundled classifier: each is classified as
 * its type, explained by the signals that make the type, with a confidence.
 */
class BehaviourTypeFromHistoryTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final DemoData DEMO = new DemoData();
    private static final SignalAssembler ASSEMBLER = new SignalAssembler(OpenBalanceThresholds.bundledDefault());
    private static final BehaviourClassifier CLASSIFIER = new BehaviourClassifier(ClassifierConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("DEMO-COOP-01", BehaviourType.COOPERATIVE,
                        List.of(Signal.AVG_DAYS_TO_PAY_AFTER_REMINDER, Signal.RESPONSE_RATE, Signal.PROMISE_KEPT_RATE)),
                Arguments.of("DEMO-EASY-01", BehaviourType.EASYGOING,
                        List.of(Signal.RESPONSE_RATE, Signal.PROMISE_KEPT_RATE, Signal.AVG_DAYS_TO_PAY_AFTER_REMINDER,
                                Signal.AVG_DAYS_LATE)),
                Arguments.of("DEMO-PESS-01", BehaviourType.PESSIMIST,
                        List.of(Signal.RESPONSE_RATE, Signal.AVG_DAYS_LATE, Signal.EXCUSES_TOTAL, Signal.DISPUTES)),
                Arguments.of("DEMO-DOM-01", BehaviourType.DOMINANT,
                        List.of(Signal.ACCOUNT_QUERIES, Signal.COUNTER_PROPOSALS, Signal.DISPUTES, Signal.RESPONSE_RATE)),
                Arguments.of("DEMO-STRUG-01", BehaviourType.STRUGGLING,
                        List.of(Signal.CASH_SHORTAGE_EXCUSES, Signal.PARTIAL_PAYMENTS, Signal.INSTALMENT_REQUESTS)),
                Arguments.of("DEMO-EMO-01", BehaviourType.EMOTIONAL,
                        List.of(Signal.BLAME_EXCUSES, Signal.COMPLAINTS, Signal.HEATED_CONTACTS, Signal.DISPUTES)),
                Arguments.of("DEMO-DISORG-01", BehaviourType.DISORGANISED,
                        List.of(Signal.INVOICE_COPY_REQUESTS, Signal.PAPERWORK_EXCUSES, Signal.AVG_DAYS_TO_PAY_AFTER_REMINDER,
                                Signal.DAYS_LATE_SPREAD)),
                Arguments.of("DEMO-CHRON-01", BehaviourType.CHRONIC_LATE,
                        List.of(Signal.PROMISES_BROKEN, Signal.UNPAID_INVOICES, Signal.DAYS_LATE_TREND,
                                Signal.OPEN_BALANCE_RATIO, Signal.REPEATED_EXCUSES)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("histories")
    void eachHistoryIsClassifiedAsItsTypeAndExplained(String customer, BehaviourType expected, List<Signal> because) {
        BehaviourSuggestion suggestion = CLASSIFIER.classify(signals(customer, DEMO.promises(customer)));

        assertThat(suggestion.type()).as(suggestion.summary()).isEqualTo(expected);
        assertThat(suggestion.confidence()).isGreaterThanOrEqualTo(0.3);
        assertThat(suggestion.explanation()).extracting(Evidence::signal).containsAll(because);
        assertThat(suggestion.explanation()).allSatisfy(e -> {
            assertThat(e.rule()).startsWith(e.signal().name());
            assertThat(e.why()).isNotBlank();
        });
        assertThat(suggestion.summary()).startsWith(expected.name());
    }

    @ParameterizedTest(name = "{0} is {1} with promises read from the contact log")
    @MethodSource("histories")
    void withoutAPromiseStoreTheContactLogsPromisesGiveTheSameType(String customer, BehaviourType expected, List<Signal> because) {
        assertThat(CLASSIFIER.classify(signals(customer, Optional.empty())).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void theSameEvidenceBeforeItAccumulatedIsUnknown(String customer, BehaviourType expected, List<Signal> because) {
        // the history up to the first invoice's due date: nothing paid, hardly any contact yet
        LocalDate early = DEMO.balances(customer).stream().map(b -> b.item().dueDate()).min(LocalDate::compareTo).orElseThrow()
                .plusDays(1);
        BehaviourSignals thin = ASSEMBLER.assemble(DEMO.balances(customer), DEMO.contacts(customer), DEMO.promises(customer),
                AS_OF, OptionalInt.empty(), null, early);

        BehaviourSuggestion suggestion = CLASSIFIER.classify(thin);

        assertThat(thin.observations()).isLessThan(ClassifierConfig.bundledDefault().minObservations());
        assertThat(suggestion.type()).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(suggestion.confidence()).isZero();
        assertThat(suggestion.summary()).contains("thin evidence");
    }

    @org.junit.jupiter.api.Test
    void aCustomerWithInvoicesOnlyIsUnknown() {
        BehaviourSuggestion suggestion = CLASSIFIER.classify(ASSEMBLER.assemble(DEMO.balances("DEMO-DE-02"), List.of(),
                Optional.empty(), AS_OF, OptionalInt.empty(), null, null));

        assertThat(suggestion.type()).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(suggestion.summary()).contains("thin evidence: 0 observations");
    }

    private static BehaviourSignals signals(String customer, Optional<List<io.arrears.api.promise.TrackedPromise>> promises) {
        return ASSEMBLER.assemble(DEMO.balances(customer), DEMO.contacts(customer), promises, AS_OF, OptionalInt.empty(),
                null, null);
    }
}
