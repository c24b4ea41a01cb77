package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.arrears.api.call.CallSheet;
import io.arrears.api.call.PaymentHabit;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Customer;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerFacts;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.PaymentTrend;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.ledger.Ledger;
import io.arrears.core.ledger.LedgerFactsBuilder;
import io.arrears.core.ledger.PaymentTrendPolicy;
import io.arrears.core.profile.BehaviourSuggestion;
import io.arrears.core.profile.ExcuseCategory;
import io.arrears.core.profile.OfferKind;
import io.arrears.core.profile.Playbook;
import io.arrears.core.profile.Playbooks;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallSheetBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneOffset.UTC);
    private static final Customer CUSTOMER = new Customer("C1", "ERP-1", "Müller Maschinenbau GmbH", "de", "DE",
            ZoneId.of("Europe/Berlin"), Channel.PHONE, List.of(), Optional.empty());
    private static final Playbook COOPERATIVE = Playbooks.bundledDefault().forType(BehaviourType.COOPERATIVE);
    private static final BehaviourSuggestion SUGGESTION = new BehaviourSuggestion(BehaviourType.COOPERATIVE, 0.8, List.of(), Map.of(),
            Map.of(), "COOPERATIVE (score 0.9)");

    private final CallSheetBuilder builder = CallSheetBuilder.bundled();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** Six invoices of 2024 paid on their due dates, then what is open now. */
    private static LedgerFacts facts() {
        Ledger ledger = new Ledger();
        for (int i = 1; i <= 6; i++) {
            LocalDate due = LocalDate.of(2024, i, 28);
            ledger.record(Item.invoice("H" + i, "C1", "INV-H" + i, due.minusDays(30), due, eur("400.00")));
            ledger.applyPayment(Payment.of("h" + i, "C1", due, eur("400.00"), List.of("INV-H" + i)));
        }
        // 40 days overdue on 30 June, 200.00 paid on 10 June
        ledger.record(Item.invoice("I100", "C1", "INV-100", LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 21), eur("1000.00")));
        ledger.applyPayment(Payment.of("p100", "C1", LocalDate.of(2025, 6, 10), eur("200.00"), List.of("INV-100")));
        ledger.record(new Item("F1", "C1", ItemKind.FEE, "FEE-1", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 15), eur("40.00"),
                Optional.of("INV-100"), Optional.empty()));
        ledger.record(new Item("Z1", "C1", ItemKind.INTEREST, "INT-1", LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 20),
                eur("3.00"), Optional.of("INV-100"), Optional.empty()));
        // not yet due
        ledger.record(Item.invoice("I200", "C1", "INV-200", LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 15), eur("1500.00")));
        return new LedgerFactsBuilder(PaymentTrendPolicy.DEFAULT).facts(ledger, "C1", AS_OF);
    }

    private static PromiseToPay promise(String id, String takenAt, String amount) {
        Instant at = Instant.parse(takenAt);
        return new PromiseToPay(id, "C1", List.of(), eur(amount), at.atZone(ZoneOffset.UTC).toLocalDate().plusDays(7), Channel.PHONE,
                "anna", at);
    }

    private CallSheet sheet(LedgerFacts facts) {
        return builder.build(CUSTOMER, facts, List.of(
                        new TrackedPromise(promise("P1", "2025-05-02T10:00:00Z", "100.00"), PromiseState.BROKEN),
                        new TrackedPromise(promise("P2", "2025-06-02T10:00:00Z", "200.00"), PromiseState.KEPT)),
                Map.of(ExcuseCategory.CASH_FLOW_PROBLEMS, 1, ExcuseCategory.NO_INVOICE_COPY, 2), SUGGESTION, COOPERATIVE, "pl", CLOCK);
    }

    @Test
    void theAmountDueIsSplitIntoPrincipalInterestAndFees() {
        CallSheet sheet = sheet(facts());

        // German B2B rate 2025 H1: base 2.27 + 9 = 11.27 %, ACT/365, from 22 May to 30 June:
        // 1000.00 x 11.27 % x 19/365 (22 May - 9 June) + 800.00 x 11.27 % x 21/365 (10 - 30 June) = 11.0537 -> 11.05,
        // of which 3.00 already charged as INT-1
        assertThat(sheet.jurisdiction()).isEqualTo("DE");
        assertThat(sheet.amountDue("EUR")).hasValueSatisfying(due -> {
            assertThat(due.principal()).isEqualTo(eur("800.00"));
            assertThat(due.interestNotYetCharged()).isEqualTo(eur("8.05"));
            assertThat(due.interest()).isEqualTo(eur("11.05"));
            assertThat(due.fees()).isEqualTo(eur("40.00"));
            assertThat(due.total()).isEqualTo(eur("851.05"));
        });
    }

    @Test
    void openItemsIncludeThoseNotYetDueWithTermsAndDays() {
        CallSheet sheet = sheet(facts());

        assertThat(sheet.openItems()).extracting(CallSheet.Line::documentNumber).containsExactly("INV-100", "FEE-1", "INT-1", "INV-200");
        assertThat(sheet.openItems().get(0)).satisfies(l -> {
            assertThat(l.termsDays()).isEqualTo(30);
            assertThat(l.daysPastDue()).isEqualTo(40);
            assertThat(l.outstanding()).isEqualTo(eur("800.00"));
        });
        assertThat(sheet.openItems().get(3)).satisfies(l -> {
            assertThat(l.isOverdue()).isFalse();
            assertThat(l.dueDate()).isEqualTo(LocalDate.of(2025, 7, 15));
            assertThat(l.daysPastDue()).isEqualTo(-15);
            assertThat(l.accruedInterest().isZero()).isTrue();
        });
        assertThat(sheet.notYetDue()).containsExactly(eur("1500.00"));
    }

    @Test
    void anOnTimePayerWhoIsFortyDaysLateIsUnusual() {
        CallSheet.History history = sheet(facts()).history();

        assertThat(history.habit()).isEqualTo(PaymentHabit.ON_TIME);
        assertThat(history.latenessUnusual()).isTrue();
        assertThat(history.currentDaysPastDue()).isEqualTo(40);
        assertThat(history.summary()).contains("usually pays on time", "this lateness (40 days past due) is unusual");
    }

    @Test
    void promisesNewestFirstAndExcusesMostFrequentFirstWithAnswersInTheCollectorsLanguage() {
        CallSheet sheet = sheet(facts());

        assertThat(sheet.promises()).extracting(CallSheet.PromiseLine::promiseId, CallSheet.PromiseLine::state)
                .containsExactly(tuple("P2", PromiseState.KEPT),
                        tuple("P1", PromiseState.BROKEN));
        assertThat(sheet.excuses()).extracting(CallSheet.ExcuseLine::category, CallSheet.ExcuseLine::count)
                .containsExactly(tuple("NO_INVOICE_COPY", 2),
                        tuple("CASH_FLOW_PROBLEMS", 1));
        assertThat(sheet.excuses()).allSatisfy(e -> {
            assertThat(e.responseLanguage()).isEqualTo("pl");
            assertThat(e.responses()).isNotEmpty();
        });
    }

    @Test
    void thePlaybookSpeaksTheCollectorsLanguageAndTheOpeningTheDebtors() {
        CallSheet sheet = sheet(facts());

        assertThat(sheet.approach().type()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(sheet.approach().tone()).isEqualTo("LIGHT_TOUCH");
        assertThat(sheet.approach().talkingPointsLanguage()).isEqualTo("pl");
        assertThat(sheet.approach().talkingPoints()).isEqualTo(COOPERATIVE.script("pl").talkingPoints());
        assertThat(sheet.openingLanguage()).isEqualTo("de");
        assertThat(sheet.openingLine()).isEqualTo(COOPERATIVE.script("de").opening());
        assertThat(sheet.offers()).extracting(CallSheet.SuggestedOffer::kind)
                .containsExactlyElementsOf(COOPERATIVE.offers().stream().map(OfferKind::name).toList());
        assertThat(sheet.offers()).filteredOn(o -> o.kind().equals("EARLY_PAYMENT_DISCOUNT")).singleElement()
                .satisfies(o -> assertThat(o.maxDiscountPercent()).hasValue(COOPERATIVE.guardrails().maxDiscountPercent()));
    }

    @Test
    void aCustomerWhoUsuallyPaysLateIsNotUnusuallyLate() {
        LedgerFacts late = withTrend(new PaymentTrend("C1", 6, Optional.of(new PaymentTrend.Window(6, new BigDecimal("45.0"),
                new BigDecimal("15.0"))), Optional.empty(), new BigDecimal("5"), false));

        CallSheet.History history = sheet(late).history();

        assertThat(history.habit()).isEqualTo(PaymentHabit.USUALLY_LATE);
        assertThat(history.latenessUnusual()).isFalse();
        assertThat(history.summary()).contains("usually pays late", "15.0 days after");
    }

    @Test
    void aSlowingTrendIsNamed() {
        LedgerFacts slowing = withTrend(new PaymentTrend("C1", 6,
                Optional.of(new PaymentTrend.Window(6, new BigDecimal("40.0"), new BigDecimal("10.0"))),
                Optional.of(new PaymentTrend.Window(6, new BigDecimal("30.0"), new BigDecimal("0.0"))), new BigDecimal("5"), true));

        CallSheet.History history = sheet(slowing).history();

        assertThat(history.habit()).isEqualTo(PaymentHabit.SLOWING);
        assertThat(history.changeInDaysToPay()).hasValue(new BigDecimal("10.0"));
        assertThat(history.summary()).contains("getting slower", "10.0 days longer");
    }

    @Test
    void noPaidInvoiceMeansNoHistory() {
        LedgerFacts none = withTrend(new PaymentTrend("C1", 6, Optional.empty(), Optional.empty(), new BigDecimal("5"), false));

        assertThat(sheet(none).history().habit()).isEqualTo(PaymentHabit.NO_HISTORY);
    }

    private static LedgerFacts withTrend(PaymentTrend trend) {
        LedgerFacts facts = facts();
        return new LedgerFacts(facts.customerId(), facts.asOf(), facts.openItems(), facts.creditBalances(), facts.lastPaymentDate(),
                trend);
    }
}
