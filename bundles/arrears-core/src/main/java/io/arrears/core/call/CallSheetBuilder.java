package io.arrears.core.call;

import io.arrears.api.call.CallSheet;
import io.arrears.api.call.PaymentHabit;
import io.arrears.api.ledger.Customer;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerFacts;
import io.arrears.api.ledger.OpenItem;
import io.arrears.api.ledger.PaymentTrend;
import io.arrears.api.money.Money;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.interest.InterestCalculator;
import io.arrears.core.interest.Jurisdiction;
import io.arrears.core.interest.OverdueClaim;
import io.arrears.core.interest.PartialPayment;
import io.arrears.core.interest.RateTableException;
import io.arrears.core.profile.BehaviourSuggestion;
import io.arrears.core.profile.ExcuseCategory;
import io.arrears.core.profile.ExcuseLibrary;
import io.arrears.core.profile.ExcuseResponse;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.OfferKind;
import io.arrears.core.profile.Playbook;
import io.arrears.core.profile.PlaybookScript;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds the call preparation sheet (domain.md 4, seed 004) from what the other parts know:
 * <ul>
 *   <li>amounts from the ledger facts: principal (invoices, instalments), interest (interest items
 *       still open, plus statutory interest accrued on each overdue invoice or instalment to the
 *       as-of date under the debtor's {@link Jurisdictions jurisdiction}, less the interest items
 *       already charged for it), fees (fee items);</li>
 *   <li>every open item, not-yet-due ones included, with terms and days past due;</li>
 *   <li>the payment history verdict from the ledger's {@link PaymentTrend} and the
 *       {@link HistoryPolicy};</li>
 *   <li>earlier promises, excuses with the library's answers, and the playbook: talking points in
 *       the collector's language, the opening in the debtor's (each falling back to English).</li>
 * </ul>
 * Stateless.
 */
public final class CallSheetBuilder {

    private final Function<Jurisdiction, InterestCalculator> calculators;
    private final ExcuseLibrary excuseLibrary;
    private final HistoryPolicy historyPolicy;

    public CallSheetBuilder(Function<Jurisdiction, InterestCalculator> calculators, ExcuseLibrary excuseLibrary,
            HistoryPolicy historyPolicy) {
        this.calculators = Objects.requireNonNull(calculators, "calculators");
        this.excuseLibrary = Objects.requireNonNull(excuseLibrary, "excuseLibrary");
        this.historyPolicy = Objects.requireNonNull(historyPolicy, "historyPolicy");
    }

    /** Bundled rate tables, the bundled excuse library and the default history policy. */
    public static CallSheetBuilder bundled() {
        return new CallSheetBuilder(InterestCalculator::bundled, ExcuseLibrary.bundledDefault(), HistoryPolicy.DEFAULT);
    }

    /**
     * @param promises          the customer's promises with their stored states
     * @param excusesLogged     how often each excuse was logged in the contact log
     * @param collectorLanguage the collector's language (ISO 639-1 or BCP 47)
     */
    public CallSheet build(Customer customer, LedgerFacts facts, List<TrackedPromise> promises,
            Map<ExcuseCategory, Integer> excusesLogged, BehaviourSuggestion suggestion, Playbook playbook, String collectorLanguage,
            Clock clock) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(promises, "promises");
        Objects.requireNonNull(excusesLogged, "excusesLogged");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(collectorLanguage, "collectorLanguage");
        if (!facts.customerId().equals(customer.id())) {
            throw new IllegalArgumentException("ledger facts of customer " + facts.customerId() + " given for customer " + customer.id());
        }
        Jurisdiction jurisdiction = Jurisdictions.ofCountry(customer.country());
        InterestCalculator calculator = calculators.apply(jurisdiction);

        List<String> interestGaps = new ArrayList<>();
        List<CallSheet.Line> lines = facts.openItems().stream().map(open -> line(open, facts, calculator, interestGaps)).toList();
        PlaybookScript forCollector = playbook.script(collectorLanguage);
        PlaybookScript forDebtor = playbook.script(customer.language());

        return new CallSheet(customer.id(), customer.name(), customer.language(), forCollector.requestedLanguage(),
                jurisdiction.name(), facts.asOf(), clock.instant(), amountsDue(lines), notYetDue(lines), lines, withGaps(history(facts), interestGaps),
                promiseLines(promises, customer.id()), excuseLines(excusesLogged, collectorLanguage),
                new CallSheet.Approach(suggestion.type(), suggestion.confidence(), suggestion.summary(), playbook.tone().name(),
                        playbook.channels().stream().map(Enum::name).toList(), forCollector.talkingPoints(),
                        forCollector.talkingPointsLanguage(), playbook.escalation().name()),
                forDebtor.opening(), forDebtor.openingLanguage(), offers(playbook));
    }

    /**
     * One open item. When the rate table does not cover the overdue period (an administrator must supply a newer one),
     * the item shows no accrued interest and the history summary says why, rather than the sheet failing as a whole.
     */
    private static CallSheet.Line line(OpenItem open, LedgerFacts facts, InterestCalculator calculator, List<String> interestGaps) {
        Item item = open.item();
        Money accrued;
        try {
            accrued = accruedNotCharged(open, facts, calculator);
        } catch (RateTableException e) {
            interestGaps.add(item.documentNumber() + ": " + e.getMessage());
            accrued = Money.zero(item.amount().currency());
        }
        return new CallSheet.Line(item.id(), item.documentNumber(), item.kind(), item.issueDate(), item.dueDate(),
                ChronoUnit.DAYS.between(item.issueDate(), item.dueDate()), item.amount(), open.outstanding(), open.daysPastDue(),
                open.bucket(), accrued);
    }

    private static CallSheet.History withGaps(CallSheet.History h, List<String> interestGaps) {
        if (interestGaps.isEmpty()) {
            return h;
        }
        return new CallSheet.History(h.habit(), h.paidInvoicesConsidered(), h.averageDaysBeyondTerms(), h.changeInDaysToPay(),
                h.currentDaysPastDue(), h.latenessUnusual(), h.summary() + " Statutory interest not included for "
                        + String.join("; ", interestGaps));
    }

    /** Statutory interest on an overdue invoice or instalment, less interest items already charged for it. */
    private static Money accruedNotCharged(OpenItem open, LedgerFacts facts, InterestCalculator calculator) {
        Item item = open.item();
        Money zero = Money.zero(item.amount().currency());
        if (!open.isOverdue() || (item.kind() != ItemKind.INVOICE && item.kind() != ItemKind.INSTALMENT)) {
            return zero;
        }
        List<PartialPayment> credited = open.allocations().stream()
                .filter(a -> !a.valueDate().isAfter(facts.asOf()))
                .map(a -> new PartialPayment(a.valueDate(), a.amount()))
                .toList();
        Money accrued = calculator.compute(new OverdueClaim(item.documentNumber(), item.amount(), item.dueDate()), credited,
                facts.asOf()).interest();
        Money charged = facts.openItems().stream()
                .map(OpenItem::item)
                .filter(i -> i.kind() == ItemKind.INTEREST && i.parentDocumentNumber().filter(item.documentNumber()::equals).isPresent())
                .map(Item::amount)
                .reduce(zero, Money::plus);
        return accrued.minus(charged).max(zero);
    }

    private static List<CallSheet.AmountDue> amountsDue(List<CallSheet.Line> lines) {
        Map<String, List<CallSheet.Line>> overdueByCurrency = new TreeMap<>();
        lines.stream().filter(CallSheet.Line::isOverdue)
                .forEach(l -> overdueByCurrency.computeIfAbsent(l.outstanding().currencyCode(), c -> new ArrayList<>()).add(l));
        List<CallSheet.AmountDue> amounts = new ArrayList<>();
        overdueByCurrency.forEach((code, overdue) -> {
            Currency currency = Currency.getInstance(code);
            Money principal = sum(overdue, currency, l -> l.kind() == ItemKind.INVOICE || l.kind() == ItemKind.INSTALMENT,
                    CallSheet.Line::outstanding);
            Money charged = sum(overdue, currency, l -> l.kind() == ItemKind.INTEREST, CallSheet.Line::outstanding);
            Money accrued = sum(overdue, currency, l -> true, CallSheet.Line::accruedInterest);
            Money fees = sum(overdue, currency, l -> l.kind() == ItemKind.FEE, CallSheet.Line::outstanding);
            Money interest = charged.plus(accrued);
            amounts.add(new CallSheet.AmountDue(principal, interest, accrued, fees, principal.plus(interest).plus(fees)));
        });
        return amounts;
    }

    private static List<Money> notYetDue(List<CallSheet.Line> lines) {
        Map<String, Money> byCurrency = new TreeMap<>();
        lines.stream().filter(l -> !l.isOverdue())
                .forEach(l -> byCurrency.merge(l.outstanding().currencyCode(), l.outstanding(), Money::plus));
        return List.copyOf(byCurrency.values());
    }

    private static Money sum(List<CallSheet.Line> lines, Currency currency, Predicate<CallSheet.Line> which,
            Function<CallSheet.Line, Money> amount) {
        return lines.stream().filter(which).map(amount).reduce(Money.zero(currency), Money::plus);
    }

    private CallSheet.History history(LedgerFacts facts) {
        PaymentTrend trend = facts.paymentTrend();
        long currentDays = facts.oldestOverdue().map(OpenItem::daysPastDue).orElse(0L);
        Optional<PaymentTrend.Window> recent = trend.recent();
        int considered = recent.map(PaymentTrend.Window::count).orElse(0) + trend.previous().map(PaymentTrend.Window::count).orElse(0);
        if (recent.isEmpty()) {
            return new CallSheet.History(PaymentHabit.NO_HISTORY, 0, Optional.empty(), Optional.empty(), currentDays, false,
                    "no invoice paid yet: no history to compare with");
        }
        BigDecimal beyondTerms = recent.get().averageDaysBeyondTerms();
        Optional<BigDecimal> change = trend.changeInDaysToPay();
        PaymentHabit habit = trend.slowing() ? PaymentHabit.SLOWING
                : beyondTerms.compareTo(historyPolicy.onTimeToleranceDays()) <= 0 ? PaymentHabit.ON_TIME : PaymentHabit.USUALLY_LATE;
        long usual = Math.max(0, beyondTerms.longValue());
        boolean unusual = habit == PaymentHabit.ON_TIME && currentDays > usual + historyPolicy.unusualMarginDays();
        String paid = "over the last " + recent.get().count() + " paid invoices, on average " + days(beyondTerms) + " the due date";
        String summary = switch (habit) {
            case ON_TIME -> "usually pays on time (" + paid + ")";
            case SLOWING -> "payments are getting slower: recent invoices took " + change.orElseThrow().toPlainString()
                    + " days longer to pay than the ones before (" + paid + ")";
            case USUALLY_LATE -> "usually pays late (" + paid + ")";
            case NO_HISTORY -> throw new IllegalStateException("handled above");
        };
        if (unusual) {
            summary += "; this lateness (" + currentDays + " days past due) is unusual for them";
        }
        return new CallSheet.History(habit, considered, Optional.of(beyondTerms), change, currentDays, unusual, summary);
    }

    private static String days(BigDecimal beyondTerms) {
        return beyondTerms.signum() < 0 ? beyondTerms.negate().toPlainString() + " days before"
                : beyondTerms.toPlainString() + " days after";
    }

    private static List<CallSheet.PromiseLine> promiseLines(List<TrackedPromise> promises, String customerId) {
        for (TrackedPromise t : promises) {
            if (!t.promise().customerId().equals(customerId)) {
                throw new IllegalArgumentException("promise " + t.promise().id() + " of customer " + t.promise().customerId()
                        + " given for customer " + customerId);
            }
        }
        return promises.stream()
                .sorted(Comparator.comparing((TrackedPromise t) -> t.promise().takenAt()).reversed())
                .map(t -> new CallSheet.PromiseLine(t.promise().id(), t.promise().amount(), t.promise().promisedDate(), t.state(),
                        t.promise().takenBy(), t.promise().takenAt()))
                .toList();
    }

    private List<CallSheet.ExcuseLine> excuseLines(Map<ExcuseCategory, Integer> logged, String collectorLanguage) {
        return logged.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .sorted(Map.Entry.<ExcuseCategory, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    ExcuseResponse response = excuseLibrary.respond(e.getKey(), collectorLanguage);
                    return new CallSheet.ExcuseLine(e.getKey().name(), e.getValue(), response.responses(), response.language());
                })
                .toList();
    }

    private static List<CallSheet.SuggestedOffer> offers(Playbook playbook) {
        Guardrails g = playbook.guardrails();
        return playbook.offers().stream().map(kind -> new CallSheet.SuggestedOffer(kind.name(),
                        kind == OfferKind.INSTALMENT_PLAN ? Optional.of(g.maxPlanMonths()) : Optional.empty(),
                        kind == OfferKind.INSTALMENT_PLAN || kind == OfferKind.PARTIAL_PAYMENT_TODAY
                                ? Optional.of(g.minFirstInstalmentPercent()) : Optional.empty(),
                        kind == OfferKind.EARLY_PAYMENT_DISCOUNT ? Optional.of(g.maxDiscountPercent()) : Optional.empty(),
                        kind == OfferKind.EXTENSION ? Optional.of(g.maxExtensionDays()) : Optional.empty()))
                .toList();
    }
}
