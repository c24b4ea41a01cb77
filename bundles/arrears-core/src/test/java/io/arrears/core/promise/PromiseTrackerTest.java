package io.arrears.core.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromiseTrackerTest {

    private static final String C1 = "C1";
    private static final Instant TAKEN = Instant.parse("2025-03-03T10:00:00Z");
    private static final LocalDate PROMISED = LocalDate.of(2025, 3, 14);
    // bundled default: 2 grace days, so the last value date that keeps the promise is 16 March

    private final PromiseTracker tracker = new PromiseTracker(ConsequencePolicy.bundledDefault());

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static PromiseToPay accountPromise(String amount) {
        return new PromiseToPay("P1", C1, List.of(), eur(amount), PROMISED, Channel.PHONE, "anna", TAKEN);
    }

    private static Payment payment(String key, LocalDate valueDate, String amount) {
        return Payment.of(key, C1, valueDate, eur(amount), List.of());
    }

    private static Receipts receipts(Payment... payments) {
        return Receipts.of(C1, List.of(payments), List.of());
    }

    private List<PromiseStateChange> evaluate(PromiseToPay promise, PromiseState stored, Receipts receipts, BehaviourType type,
            LocalDate day) {
        return tracker.evaluate(List.of(new TrackedPromise(promise, stored)), receipts, type, on(day));
    }

    @Test
    void paidInFullOnThePromisedDateIsKept() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING,
                receipts(payment("p1", PROMISED, "500.00")), BehaviourType.UNKNOWN, PROMISED);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(PromiseState.KEPT);
            assertThat(c.paid()).isEqualTo(eur("500.00"));
            assertThat(c.consequence()).isEmpty();
        });
    }

    @Test
    void severalPaymentsAddUpAndMoreThanPromisedKeepsIt() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING,
                receipts(payment("p1", LocalDate.of(2025, 3, 5), "200.00"), payment("p2", LocalDate.of(2025, 3, 10), "400.00")),
                BehaviourType.UNKNOWN, LocalDate.of(2025, 3, 10));

        assertThat(changes).singleElement().extracting(PromiseStateChange::to).isEqualTo(PromiseState.KEPT);
    }

    @Test
    void paymentOnTheLastGraceDayStillKeepsIt() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING,
                receipts(payment("p1", PROMISED.plusDays(2), "500.00")), BehaviourType.UNKNOWN, PROMISED.plusDays(5));

        assertThat(changes).singleElement().extracting(PromiseStateChange::to).isEqualTo(PromiseState.KEPT);
    }

    @Test
    void nothingPaidIsStillPendingOnTheLastGraceDay() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING, receipts(),
                BehaviourType.UNKNOWN, PROMISED.plusDays(2));

        assertThat(changes).isEmpty();
        assertThat(tracker.stateOf(accountPromise("500.00"), receipts(), PROMISED.plusDays(2), ZoneOffset.UTC))
                .isEqualTo(PromiseState.PENDING);
    }

    @Test
    void nothingPaidTheDayAfterGraceIsBrokenWithTheConfiguredConsequence() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING, receipts(),
                BehaviourType.UNKNOWN, PROMISED.plusDays(3));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(PromiseState.PENDING);
            assertThat(c.to()).isEqualTo(PromiseState.BROKEN);
            assertThat(c.consequence()).hasValueSatisfying(k -> {
                assertThat(k.kind()).isEqualTo(ConsequenceKind.NEXT_LEVEL);
                assertThat(k.subjectId()).isEqualTo("P1");
                assertThat(k.customerId()).isEqualTo(C1);
                assertThat(k.reason()).contains("broken", "2025-03-16");
            });
        });
    }

    @Test
    void theConsequenceDependsOnTheBehaviourType() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING, receipts(),
                BehaviourType.CHRONIC_LATE, PROMISED.plusDays(3));

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.consequence()).hasValueSatisfying(
                k -> assertThat(k.kind()).isEqualTo(ConsequenceKind.ESCALATION_PROPOSAL)));
    }

    @Test
    void paymentAfterGraceDoesNotCountAndThePromiseIsBroken() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING,
                receipts(payment("p1", PROMISED.plusDays(3), "500.00")), BehaviourType.UNKNOWN, PROMISED.plusDays(3));

        assertThat(changes).singleElement().extracting(PromiseStateChange::to).isEqualTo(PromiseState.BROKEN);
    }

    @Test
    void somePaidByTheDeadlineIsPartiallyKept() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING,
                receipts(payment("p1", PROMISED, "499.99")), BehaviourType.UNKNOWN, PROMISED.plusDays(3));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(PromiseState.PARTIALLY_KEPT);
            assertThat(c.paid()).isEqualTo(eur("499.99"));
            assertThat(c.consequence()).hasValueSatisfying(k -> assertThat(k.kind()).isEqualTo(ConsequenceKind.COLLECTOR_TASK));
        });
    }

    @Test
    void paymentsBeforeThePromiseWasTakenDoNotCount() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.PENDING,
                receipts(payment("p0", LocalDate.of(2025, 3, 2), "500.00")), BehaviourType.UNKNOWN, PROMISED.plusDays(3));

        assertThat(changes).singleElement().extracting(PromiseStateChange::to).isEqualTo(PromiseState.BROKEN);
    }

    @Test
    void paymentOnTheDayThePromiseWasTakenCounts() {
        assertThat(tracker.stateOf(accountPromise("500.00"), receipts(payment("p0", LocalDate.of(2025, 3, 3), "500.00")),
                LocalDate.of(2025, 3, 3), ZoneOffset.UTC)).isEqualTo(PromiseState.KEPT);
    }

    @Test
    void aReversedPaymentTurnsAKeptPromiseIntoABrokenOne() {
        Payment paid = payment("p1", PROMISED, "500.00");
        Receipts receipts = Receipts.of(C1, List.of(paid, Payment.reversal("r1", paid, PROMISED.plusDays(1))), List.of());

        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.KEPT, receipts, BehaviourType.UNKNOWN,
                PROMISED.plusDays(3));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(PromiseState.KEPT);
            assertThat(c.to()).isEqualTo(PromiseState.BROKEN);
            assertThat(c.consequence()).isPresent();
        });
    }

    @Test
    void anAlreadyBrokenPromiseReportsNoChangeAndNoSecondConsequence() {
        assertThat(evaluate(accountPromise("500.00"), PromiseState.BROKEN, receipts(), BehaviourType.UNKNOWN, PROMISED.plusDays(30)))
                .isEmpty();
    }

    @Test
    void aBrokenPromiseMadeGoodByABackDatedPaymentBecomesKeptWithoutConsequence() {
        List<PromiseStateChange> changes = evaluate(accountPromise("500.00"), PromiseState.BROKEN,
                receipts(payment("late-booked", PROMISED, "500.00")), BehaviourType.UNKNOWN, PROMISED.plusDays(10));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(PromiseState.KEPT);
            assertThat(c.consequence()).isEmpty();
        });
    }

    @Test
    void anItemPromiseCountsOnlyMoneyTheLedgerPutOnThoseItems() {
        Ledger ledger = new Ledger();
        ledger.record(Item.invoice("A", C1, "INV-A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), eur("300.00")));
        ledger.record(Item.invoice("B", C1, "INV-B", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), eur("500.00")));
        // no reference: settles the oldest item A first, only 200.00 reach B
        ledger.applyPayment(payment("p1", LocalDate.of(2025, 3, 10), "500.00"));
        PromiseToPay promiseForB = new PromiseToPay("P2", C1, List.of("B"), eur("500.00"), PROMISED, Channel.PHONE, "anna", TAKEN);

        List<PromiseStateChange> changes = tracker.evaluate(List.of(TrackedPromise.pending(promiseForB)),
                Receipts.fromLedger(ledger, C1), BehaviourType.UNKNOWN, on(PROMISED.plusDays(3)));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(PromiseState.PARTIALLY_KEPT);
            assertThat(c.paid()).isEqualTo(eur("200.00"));
        });
    }

    @Test
    void anItemPromiseIsKeptByAPaymentQuotingTheItem() {
        Ledger ledger = new Ledger();
        ledger.record(Item.invoice("A", C1, "INV-A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), eur("300.00")));
        ledger.record(Item.invoice("B", C1, "INV-B", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), eur("500.00")));
        ledger.applyPayment(Payment.of("p1", C1, PROMISED, eur("500.00"), List.of("INV-B")));
        PromiseToPay promiseForB = new PromiseToPay("P2", C1, List.of("B"), eur("500.00"), PROMISED, Channel.PHONE, "anna", TAKEN);

        assertThat(tracker.stateOf(promiseForB, Receipts.fromLedger(ledger, C1), PROMISED, ZoneOffset.UTC))
                .isEqualTo(PromiseState.KEPT);
    }

    @Test
    void promisesOfAnotherCustomerAreRefused() {
        PromiseToPay other = new PromiseToPay("P9", "C2", List.of(), eur("1.00"), PROMISED, Channel.EMAIL, "anna", TAKEN);

        assertThatThrownBy(() -> tracker.evaluate(List.of(TrackedPromise.pending(other)), receipts(), BehaviourType.UNKNOWN,
                on(PROMISED))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C2").hasMessageContaining("C1");
    }

    @Test
    void bundledPolicyHasARuleForEveryType() {
        ConsequencePolicy policy = ConsequencePolicy.bundledDefault();

        assertThat(policy.graceDays()).isEqualTo(2);
        for (BehaviourType type : BehaviourType.values()) {
            assertThat(policy.forType(type)).isNotNull();
        }
    }

    @Test
    void anEditedPolicyMissingATypeIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("consequences.json");
        Files.writeString(file, "{\"graceDays\": 1, \"consequences\": {\"UNKNOWN\": {\"promiseBroken\": \"NEXT_LEVEL\","
                + " \"promisePartiallyKept\": \"NEXT_LEVEL\", \"planBroken\": \"NEXT_LEVEL\"}}}");

        assertThatThrownBy(() -> ConsequencePolicy.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("COOPERATIVE");
    }

    @Test
    void aPolicyWithATypoIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("consequences.json");
        String bundled = new String(ConsequencePolicy.class.getResourceAsStream(ConsequencePolicy.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(file, bundled.replaceFirst("\\{", "{\"graceDayz\": 1,"));

        assertThatThrownBy(() -> ConsequencePolicy.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("graceDayz");
    }
}
