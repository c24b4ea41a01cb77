package io.arrears.core.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** Turns {@link BehaviourSignals} into the numeric {@link Signal} values; stateless. */
public final class SignalReader {

    /** The days-late trend compares two halves of the history; each half needs two invoices. */
    static final int MIN_PAID_FOR_TREND = 4;
    /** A spread from fewer than three values says nothing about regularity. */
    static final int MIN_PAID_FOR_SPREAD = 3;

    private final OpenBalanceThresholds thresholds;

    public SignalReader(OpenBalanceThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Every signal that has a value for these observations; absent signals are left out. */
    public Map<Signal, Double> readAll(BehaviourSignals s) {
        EnumMap<Signal, Double> values = new EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            read(signal, s).ifPresent(v -> values.put(signal, v));
        }
        return Collections.unmodifiableMap(values);
    }

    public OptionalDouble read(Signal signal, BehaviourSignals s) {
        return switch (signal) {
            case AVG_DAYS_TO_PAY_AFTER_REMINDER -> average(s.daysToPayAfterReminder());
            case AVG_DAYS_LATE -> average(s.daysBeyondTerms());
            case DAYS_LATE_TREND -> trend(s.daysBeyondTerms());
            case DAYS_LATE_SPREAD -> spread(s.daysBeyondTerms());
            case PAID_INVOICES -> count(s.paidInvoicesObserved());
            case RESPONSE_RATE -> ratio(s.contactsAnswered(), s.contactsAttempted());
            case PROMISE_KEPT_RATE -> ratio(s.promisesKept(), s.promisesKept() + s.promisesBroken());
            case PROMISES_BROKEN -> count(s.promisesBroken());
            case PARTIAL_PAYMENTS -> count(s.partialPayments());
            case INSTALMENT_REQUESTS -> count(s.instalmentRequests());
            case EXCUSES_TOTAL -> count(s.excusesTotal());
            case REPEATED_EXCUSES -> count(s.repeatedExcuses());
            case CASH_SHORTAGE_EXCUSES -> count(excuses(s, ExcuseCategory::isCashShortage));
            case PAPERWORK_EXCUSES -> count(excuses(s, ExcuseCategory::isPaperwork));
            case BLAME_EXCUSES -> count(excuses(s, ExcuseCategory::isBlame));
            case DISPUTES -> count(s.disputes());
            case COMPLAINTS -> count(s.complaints());
            case HEATED_CONTACTS -> count(s.heatedContacts());
            case ACCOUNT_QUERIES -> count(s.accountQueries());
            case COUNTER_PROPOSALS -> count(s.counterProposals());
            case INVOICE_COPY_REQUESTS -> count(s.invoiceCopyRequests());
            case UNPAID_INVOICES -> count(s.unpaidInvoices());
            case OPEN_BALANCE_RATIO -> OptionalDouble.of(thresholds.ratio(s.openBalance()));
            case EXTERNAL_SCORE -> s.externalCreditScore().isPresent()
                    ? OptionalDouble.of(s.externalCreditScore().getAsInt())
                    : OptionalDouble.empty();
        };
    }

    private static int excuses(BehaviourSignals s, Predicate<ExcuseCategory> kind) {
        return s.excuses().entrySet().stream()
                .filter(e -> kind.test(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private static OptionalDouble count(int value) {
        return OptionalDouble.of(value);
    }

    private static OptionalDouble ratio(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    private static OptionalDouble average(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average();
    }

    /** Average of the recent half minus the earlier half (the middle value of an odd list is left out). */
    private static OptionalDouble trend(List<Integer> oldestFirst) {
        int n = oldestFirst.size();
        if (n < MIN_PAID_FOR_TREND) {
            return OptionalDouble.empty();
        }
        double earlier = average(oldestFirst.subList(0, n / 2)).orElseThrow();
        double recent = average(oldestFirst.subList(n - n / 2, n)).orElseThrow();
        return OptionalDouble.of(recent - earlier);
    }

    /** Population standard deviation. */
    private static OptionalDouble spread(List<Integer> values) {
        if (values.size() < MIN_PAID_FOR_SPREAD) {
            return OptionalDouble.empty();
        }
        double mean = average(values).orElseThrow();
        double sumSquares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return OptionalDouble.of(Math.sqrt(sumSquares / values.size()));
    }
}
