package io.arrears.core.profile;

import io.arrears.api.money.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What can be observed about one debtor over a window of time; the only input of profiling.
 * Built by whoever reads the ledger and the contact log; this package never reads them itself.
 *
 * @param daysToPayAfterReminder days from the first reminder to payment, one per invoice paid after a
 *                               reminder, oldest first
 * @param daysBeyondTerms        days paid after the due date, one per paid invoice, oldest first
 *                               (negative = paid early); its size is the number of paid invoices observed
 * @param promisesMade           promises to pay recorded
 * @param promisesKept           of those, kept (paid as promised)
 * @param promisesBroken         of those, broken (not paid by the promised date)
 * @param partialPayments        payments that covered only part of an invoice
 * @param instalmentRequests     times the debtor asked for an instalment plan or extension
 * @param excuses                excuses logged per category (absent category = never logged)
 * @param disputes               invoice disputes raised
 * @param complaints             complaints about goods or service
 * @param heatedContacts         contacts the collector logged as angry or abusive
 * @param accountQueries         detail queries and statement requests about the account
 * @param counterProposals       times the debtor proposed their own payment terms
 * @param contactsAttempted      outbound contacts attempted (calls, e-mails, SMS, letters awaiting reply)
 * @param contactsAnswered       of those, answered by the debtor
 * @param invoiceCopyRequests    requests for a copy of an invoice
 * @param unpaidInvoices         invoices open now (due or overdue)
 * @param openBalance            total open now
 * @param externalCreditScore    optional external credit score, 0 (worst) to 100 (best)
 */
public record BehaviourSignals(
        List<Integer> daysToPayAfterReminder,
        List<Integer> daysBeyondTerms,
        int promisesMade,
        int promisesKept,
        int promisesBroken,
        int partialPayments,
        int instalmentRequests,
        Map<ExcuseCategory, Integer> excuses,
        int disputes,
        int complaints,
        int heatedContacts,
        int accountQueries,
        int counterProposals,
        int contactsAttempted,
        int contactsAnswered,
        int invoiceCopyRequests,
        int unpaidInvoices,
        Money openBalance,
        OptionalInt externalCreditScore) {

    public BehaviourSignals {
        daysToPayAfterReminder = copyOf("daysToPayAfterReminder", daysToPayAfterReminder);
        for (Integer days : daysToPayAfterReminder) {
            if (days < 0) {
                throw new IllegalArgumentException("daysToPayAfterReminder must not be negative, got " + days);
            }
        }
        daysBeyondTerms = copyOf("daysBeyondTerms", daysBeyondTerms);
        requireNonNegative("promisesMade", promisesMade);
        requireNonNegative("promisesKept", promisesKept);
        requireNonNegative("promisesBroken", promisesBroken);
        if (promisesKept + promisesBroken > promisesMade) {
            throw new IllegalArgumentException("promisesKept (" + promisesKept + ") + promisesBroken (" + promisesBroken
                    + ") exceed promisesMade (" + promisesMade + ")");
        }
        requireNonNegative("partialPayments", partialPayments);
        requireNonNegative("instalmentRequests", instalmentRequests);
        Objects.requireNonNull(excuses, "excuses");
        EnumMap<ExcuseCategory, Integer> counts = new EnumMap<>(ExcuseCategory.class);
        excuses.forEach((category, count) -> {
            Objects.requireNonNull(category, "excuses: category");
            Objects.requireNonNull(count, "excuses: count of " + category);
            requireNonNegative("excuses[" + category + "]", count);
            if (count > 0) {
                counts.put(category, count);
            }
        });
        excuses = Collections.unmodifiableMap(counts);
        requireNonNegative("disputes", disputes);
        requireNonNegative("complaints", complaints);
        requireNonNegative("heatedContacts", heatedContacts);
        requireNonNegative("accountQueries", accountQueries);
        requireNonNegative("counterProposals", counterProposals);
        requireNonNegative("contactsAttempted", contactsAttempted);
        requireNonNegative("contactsAnswered", contactsAnswered);
        if (contactsAnswered > contactsAttempted) {
            throw new IllegalArgumentException("contactsAnswered (" + contactsAnswered + ") exceeds contactsAttempted ("
                    + contactsAttempted + ")");
        }
        requireNonNegative("invoiceCopyRequests", invoiceCopyRequests);
        requireNonNegative("unpaidInvoices", unpaidInvoices);
        Objects.requireNonNull(openBalance, "openBalance");
        if (openBalance.isNegative()) {
            throw new IllegalArgumentException("openBalance must not be negative, got " + openBalance);
        }
        Objects.requireNonNull(externalCreditScore, "externalCreditScore (use OptionalInt.empty())");
        if (externalCreditScore.isPresent()
                && (externalCreditScore.getAsInt() < 0 || externalCreditScore.getAsInt() > 100)) {
            throw new IllegalArgumentException("externalCreditScore must be 0..100, got " + externalCreditScore.getAsInt());
        }
    }

    /** Paid invoices observed in the window. */
    public int paidInvoicesObserved() {
        return daysBeyondTerms.size();
    }

    /** How often the debtor logged this excuse (0 if never). */
    public int excuseCount(ExcuseCategory category) {
        return excuses.getOrDefault(category, 0);
    }

    /** All excuses logged, whatever the category. */
    public int excusesTotal() {
        return excuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Repetitions of the same excuse: a category logged n times adds n - 1. The same customer
     * repeating the same problem is a signal (domain.md 3.7, seed 002 "look for patterns").
     */
    public int repeatedExcuses() {
        return excuses.values().stream().mapToInt(count -> count - 1).sum();
    }

    /** Excuses this debtor gave more than once, with how often (for the call preparation sheet). */
    public Map<ExcuseCategory, Integer> repeatedExcuseCategories() {
        EnumMap<ExcuseCategory, Integer> repeated = new EnumMap<>(ExcuseCategory.class);
        excuses.forEach((category, count) -> {
            if (count > 1) {
                repeated.put(category, count);
            }
        });
        return Collections.unmodifiableMap(repeated);
    }

    /** Number of observations behind a suggestion: paid invoices, contacts attempted, promises made. */
    public int observations() {
        return paidInvoicesObserved() + contactsAttempted + promisesMade;
    }

    public static Builder builder(Money openBalance) {
        return new Builder(openBalance);
    }

    public Builder toBuilder() {
        Builder b = new Builder(openBalance);
        b.daysToPayAfterReminder.addAll(daysToPayAfterReminder);
        b.daysBeyondTerms.addAll(daysBeyondTerms);
        b.promisesMade = promisesMade;
        b.promisesKept = promisesKept;
        b.promisesBroken = promisesBroken;
        b.partialPayments = partialPayments;
        b.instalmentRequests = instalmentRequests;
        b.excuses.putAll(excuses);
        b.disputes = disputes;
        b.complaints = complaints;
        b.heatedContacts = heatedContacts;
        b.accountQueries = accountQueries;
        b.counterProposals = counterProposals;
        b.contactsAttempted = contactsAttempted;
        b.contactsAnswered = contactsAnswered;
        b.invoiceCopyRequests = invoiceCopyRequests;
        b.unpaidInvoices = unpaidInvoices;
        b.externalCreditScore = externalCreditScore;
        return b;
    }

    private static List<Integer> copyOf(String field, List<Integer> values) {
        Objects.requireNonNull(values, field);
        for (Integer value : values) {
            Objects.requireNonNull(value, field + ": null entry");
        }
        return List.copyOf(values);
    }

    private static void requireNonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
    }

    /** Mutable builder; everything starts at zero / empty. */
    public static final class Builder {
        private final List<Integer> daysToPayAfterReminder = new ArrayList<>();
        private final List<Integer> daysBeyondTerms = new ArrayList<>();
        private int promisesMade;
        private int promisesKept;
        private int promisesBroken;
        private int partialPayments;
        private int instalmentRequests;
        private final Map<ExcuseCategory, Integer> excuses = new EnumMap<>(ExcuseCategory.class);
        private int disputes;
        private int complaints;
        private int heatedContacts;
        private int accountQueries;
        private int counterProposals;
        private int contactsAttempted;
        private int contactsAnswered;
        private int invoiceCopyRequests;
        private int unpaidInvoices;
        private Money openBalance;
        private OptionalInt externalCreditScore = OptionalInt.empty();

        private Builder(Money openBalance) {
            this.openBalance = openBalance;
        }

        public Builder daysToPayAfterReminder(Integer... days) {
            daysToPayAfterReminder.clear();
            daysToPayAfterReminder.addAll(List.of(days));
            return this;
        }

        public Builder daysBeyondTerms(Integer... days) {
            return daysBeyondTerms(List.of(days));
        }

        public Builder daysBeyondTerms(List<Integer> days) {
            daysBeyondTerms.clear();
            daysBeyondTerms.addAll(days);
            return this;
        }

        /** Promises made = kept + broken + still pending. */
        public Builder promises(int made, int kept, int broken) {
            promisesMade = made;
            promisesKept = kept;
            promisesBroken = broken;
            return this;
        }

        public Builder partialPayments(int count) {
            partialPayments = count;
            return this;
        }

        public Builder instalmentRequests(int count) {
            instalmentRequests = count;
            return this;
        }

        public Builder excuse(ExcuseCategory category, int count) {
            excuses.put(category, count);
            return this;
        }

        /** Counts the excuses of a contact log, one entry per excuse logged; repeats add up. */
        public Builder excusesLogged(Collection<ExcuseCategory> logged) {
            excuses.clear();
            for (ExcuseCategory category : logged) {
                excuses.merge(Objects.requireNonNull(category, "excusesLogged: null category"), 1, Integer::sum);
            }
            return this;
        }

        public Builder excuses(Map<ExcuseCategory, Integer> counts) {
            excuses.clear();
            excuses.putAll(counts);
            return this;
        }

        public Builder disputes(int count) {
            disputes = count;
            return this;
        }

        public Builder complaints(int count) {
            complaints = count;
            return this;
        }

        public Builder heatedContacts(int count) {
            heatedContacts = count;
            return this;
        }

        public Builder accountQueries(int count) {
            accountQueries = count;
            return this;
        }

        public Builder counterProposals(int count) {
            counterProposals = count;
            return this;
        }

        public Builder contacts(int attempted, int answered) {
            contactsAttempted = attempted;
            contactsAnswered = answered;
            return this;
        }

        public Builder invoiceCopyRequests(int count) {
            invoiceCopyRequests = count;
            return this;
        }

        public Builder unpaidInvoices(int count) {
            unpaidInvoices = count;
            return this;
        }

        public Builder openBalance(Money balance) {
            openBalance = balance;
            return this;
        }

        public Builder externalCreditScore(int score) {
            externalCreditScore = OptionalInt.of(score);
            return this;
        }

        public Builder noExternalCreditScore() {
            externalCreditScore = OptionalInt.empty();
            return this;
        }

        public BehaviourSignals build() {
            return new BehaviourSignals(daysToPayAfterReminder, daysBeyondTerms, promisesMade, promisesKept,
                    promisesBroken, partialPayments, instalmentRequests, excuses, disputes, complaints, heatedContacts,
                    accountQueries, counterProposals, contactsAttempted, contactsAnswered, invoiceCopyRequests,
                    unpaidInvoices, openBalance, externalCreditScore);
        }
    }
}
