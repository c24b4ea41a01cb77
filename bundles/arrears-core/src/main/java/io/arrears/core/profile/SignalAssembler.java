package io.arrears.core.profile;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.ledger.PaidClaim;
import io.arrears.core.ledger.PaymentHistory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assembles {@link BehaviourSignals} for one customer from what Arrears records: the ledger's item balances (payments
 * and their value dates), the contact log and the promises to pay. Pure: the caller reads the data.
 *
 * <p>How the contact log is read:
 * <ul>
 *   <li>contacts attempted: outgoing calls, visits, e-mails, SMS and letters; answered: those of them that ended in a
 *       conversation ({@link #CONVERSATION});</li>
 *   <li>excuses: the entry's excuse category (names of {@link ExcuseCategory}; other names are not counted);</li>
 *   <li>disputes: outcome DISPUTE_RAISED; instalment requests: outcome PARTIAL_PAYMENT_AGREED or the tag
 *       {@code #instalment-request} in the notes;</li>
 *   <li>what the log has no field for is tagged in the notes: {@code #account-query}, {@code #counter-proposal},
 *       {@code #complaint}, {@code #heated}, {@code #invoice-copy} (a NO_INVOICE_COPY excuse also counts as an
 *       invoice-copy request).</li>
 * </ul>
 * Days to pay after a reminder: for each invoice paid after its due date, the days from the first outgoing contact
 * after the due date to the payment. Promises: from the promise store when there is one; otherwise from the contact
 * log's PROMISE_TO_PAY entries, judged against the payments ({@link #LOGGED_PROMISE_DAYS}).
 */
public final class SignalAssembler {

    /** Outcomes that mean the debtor took part in a conversation. */
    public static final Set<ContactOutcome> CONVERSATION = EnumSet.of(ContactOutcome.PROMISE_TO_PAY,
            ContactOutcome.PARTIAL_PAYMENT_AGREED, ContactOutcome.CALLBACK_SCHEDULED, ContactOutcome.NO_COMMITMENT,
            ContactOutcome.DISPUTE_RAISED, ContactOutcome.WRONG_PERSON);
    /**
     * Without a promise store, a promise logged in the contact log counts as kept when a payment arrives within this
     * many days of it, as broken when the days passed without one, and as pending before.
     */
    public static final int LOGGED_PROMISE_DAYS = 14;

    private static final Set<ContactChannel> REACHING_OUT = EnumSet.of(ContactChannel.CALL, ContactChannel.VISIT,
            ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.LETTER);

    private final OpenBalanceThresholds thresholds;

    public SignalAssembler(OpenBalanceThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * The signals of what happened from {@code from} (inclusive) to {@code until} (exclusive); {@code null} leaves that
     * end open. Open balance and unpaid invoices are always those at {@code asOf}.
     *
     * @param promises the customer's stored promises, or empty to derive them from the contact log
     */
    public BehaviourSignals assemble(List<ItemBalance> balances, List<ContactEntry> contacts,
            Optional<List<TrackedPromise>> promises, LocalDate asOf, OptionalInt externalCreditScore, LocalDate from,
            LocalDate until) {
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(promises, "promises");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate start = from == null ? LocalDate.MIN : from;
        LocalDate end = until == null ? LocalDate.MAX : until;
        List<ContactEntry> seen = contacts.stream().filter(c -> within(day(c), start, end)).toList();
        List<LocalDate> paymentDates = paymentDates(balances);

        BehaviourSignals.Builder b = BehaviourSignals.builder(openBalance(balances, asOf));
        List<PaidClaim> paid = PaymentHistory.paidClaims(balances).stream().filter(p -> within(p.paidDate(), start, end)).toList();
        b.daysBeyondTerms(paid.stream().map(p -> (int) p.daysBeyondTerms()).toList());
        List<Integer> afterReminder = new ArrayList<>();
        for (PaidClaim claim : paid) {
            firstReminder(seen, claim.item().dueDate(), claim.paidDate())
                    .ifPresent(reminder -> afterReminder.add((int) ChronoUnit.DAYS.between(reminder, claim.paidDate())));
        }
        b.daysToPayAfterReminder(afterReminder.toArray(Integer[]::new));
        b.partialPayments(partialPayments(balances, start, end));

        List<ContactEntry> outgoing = seen.stream()
                .filter(c -> c.direction() == ContactDirection.OUT && REACHING_OUT.contains(c.channel()))
                .filter(c -> c.outcome() != ContactOutcome.NOTE)
                .toList();
        b.contacts(outgoing.size(), (int) outgoing.stream().filter(c -> CONVERSATION.contains(c.outcome())).count());
        List<ExcuseCategory> excuses = seen.stream().map(SignalAssembler::excuse).flatMap(Optional::stream).toList();
        b.excusesLogged(excuses);
        b.disputes(count(seen, c -> c.outcome() == ContactOutcome.DISPUTE_RAISED));
        b.instalmentRequests(count(seen, c -> c.outcome() == ContactOutcome.PARTIAL_PAYMENT_AGREED
                || tagged(c, "#instalment-request")));
        b.accountQueries(count(seen, c -> tagged(c, "#account-query")));
        b.counterProposals(count(seen, c -> tagged(c, "#counter-proposal")));
        b.complaints(count(seen, c -> tagged(c, "#complaint")));
        b.heatedContacts(count(seen, c -> tagged(c, "#heated")));
        b.invoiceCopyRequests(count(seen, c -> tagged(c, "#invoice-copy"))
                + (int) excuses.stream().filter(e -> e == ExcuseCategory.NO_INVOICE_COPY).count());

        int[] made = new int[3];
        if (promises.isPresent()) {
            promises.get().stream().filter(p -> within(day(p), start, end)).forEach(p -> {
                made[0]++;
                if (p.state() == PromiseState.KEPT) {
                    made[1]++;
                } else if (p.state().isFailed()) {
                    made[2]++;
                }
            });
        } else {
            seen.stream().filter(c -> c.outcome() == ContactOutcome.PROMISE_TO_PAY).forEach(c -> {
                made[0]++;
                LocalDate promised = day(c);
                LocalDate deadline = promised.plusDays(LOGGED_PROMISE_DAYS);
                boolean paidInTime = paymentDates.stream().anyMatch(d -> !d.isBefore(promised) && !d.isAfter(deadline));
                if (paidInTime) {
                    made[1]++;
                } else if (asOf.isAfter(deadline)) {
                    made[2]++;
                }
            });
        }
        b.promises(made[0], made[1], made[2]);
        b.unpaidInvoices((int) balances.stream()
                .filter(ItemBalance::isOpenClaim)
                .filter(x -> x.item().kind() == ItemKind.INVOICE || x.item().kind() == ItemKind.INSTALMENT)
                .filter(x -> !x.item().dueDate().isAfter(asOf))
                .count());
        externalCreditScore.ifPresent(b::externalCreditScore);
        return b.build();
    }

    /** The first outgoing contact after the due date, on or before the payment. */
    private static Optional<LocalDate> firstReminder(List<ContactEntry> contacts, LocalDate due, LocalDate paid) {
        return contacts.stream()
                .filter(c -> c.direction() == ContactDirection.OUT && REACHING_OUT.contains(c.channel()))
                .map(SignalAssembler::day)
                .filter(d -> d.isAfter(due) && !d.isAfter(paid))
                .min(Comparator.naturalOrder());
    }

    /** Payments that left a claim open: per claim, its payments minus the one that settled it. */
    private static int partialPayments(List<ItemBalance> balances, LocalDate start, LocalDate end) {
        int partial = 0;
        for (ItemBalance balance : balances) {
            if (!balance.item().kind().isClaim()) {
                continue;
            }
            List<Allocation> payments = balance.allocations().stream()
                    .filter(a -> a.source() == AllocationSource.PAYMENT && within(a.valueDate(), start, end))
                    .toList();
            boolean settled = balance.status() == ItemStatus.PAID && !payments.isEmpty()
                    && payments.stream().map(Allocation::valueDate).max(Comparator.naturalOrder()).orElseThrow().isBefore(end);
            partial += Math.max(0, payments.size() - (settled ? 1 : 0));
        }
        return partial;
    }

    private static List<LocalDate> paymentDates(List<ItemBalance> balances) {
        return balances.stream().flatMap(b -> b.allocations().stream())
                .filter(a -> a.source() == AllocationSource.PAYMENT)
                .map(Allocation::valueDate)
                .toList();
    }

    /**
     * The open balance in the customer's main currency: of the currencies with a configured threshold, the one whose
     * open total weighs most against its threshold (zero euros when nothing is open).
     */
    Money openBalance(List<ItemBalance> balances, LocalDate asOf) {
        Map<String, Money> open = new TreeMap<>();
        for (ItemBalance balance : balances) {
            if (balance.isOpenClaim()) {
                open.merge(balance.outstanding().currencyCode(), balance.outstanding(), Money::plus);
            }
        }
        return open.values().stream()
                .filter(m -> thresholds.amounts().containsKey(m.currencyCode()))
                .max(Comparator.comparingDouble(thresholds::ratio))
                .orElse(Money.zero("EUR"));
    }

    static Optional<ExcuseCategory> excuse(ContactEntry entry) {
        return entry.excuseCategory().flatMap(name -> {
            try {
                return Optional.of(ExcuseCategory.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean tagged(ContactEntry entry, String tag) {
        return entry.notes().toLowerCase(Locale.ROOT).contains(tag);
    }

    private static int count(List<ContactEntry> entries, java.util.function.Predicate<ContactEntry> test) {
        return (int) entries.stream().filter(test).count();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    public static LocalDate day(ContactEntry entry) {
        return LocalDate.ofInstant(entry.occurredAt(), ZoneOffset.UTC);
    }

    private static LocalDate day(TrackedPromise promise) {
        return LocalDate.ofInstant(promise.promise().takenAt(), ZoneOffset.UTC);
    }
}
