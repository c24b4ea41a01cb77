package io.arrears.core.profiling;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.money.Money;
import io.arrears.core.profile.BehaviourSignals;
import io.arrears.core.profile.SignalAssembler;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a collection case achieved, from its opening (the previous closure of the customer, else the beginning) to
 * today: promises made and kept, days from the first outgoing contact to the last payment, money received.
 */
record CaseOutcome(int promisesMade, int promisesKept, OptionalInt daysToPayAfterContact, Optional<Money> recovered) {

    static CaseOutcome of(ProfileInputs in, SignalAssembler assembler, LocalDate opened, LocalDate today) {
        BehaviourSignals during = assembler.assemble(in.balances(), in.contacts(), in.promises(), today, OptionalInt.empty(),
                opened, null);
        LocalDate from = opened == null ? LocalDate.MIN : opened;
        List<Allocation> payments = in.balances().stream().flatMap(b -> b.allocations().stream())
                .filter(a -> a.source() == AllocationSource.PAYMENT && !a.valueDate().isBefore(from))
                .toList();
        Optional<LocalDate> firstContact = in.contacts().stream()
                .filter(c -> c.direction() == ContactDirection.OUT && c.channel() != ContactChannel.NOTE
                        && c.outcome() != ContactOutcome.NOTE)
                .map(SignalAssembler::day)
                .filter(d -> !d.isBefore(from))
                .min(Comparator.naturalOrder());
        OptionalInt days = firstContact.flatMap(contact -> payments.stream().map(Allocation::valueDate)
                        .filter(d -> !d.isBefore(contact)).max(Comparator.naturalOrder())
                        .map(paid -> (int) ChronoUnit.DAYS.between(contact, paid)))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        Map<String, Money> byCurrency = new TreeMap<>();
        payments.forEach(a -> byCurrency.merge(a.amount().currencyCode(), a.amount(), Money::plus));
        // the main currency: where most was received in count of payments, ties by code
        Optional<Money> recovered = byCurrency.values().stream()
                .max(Comparator.comparingLong((Money m) -> payments.stream()
                        .filter(a -> a.amount().currencyCode().equals(m.currencyCode())).count())
                        .thenComparing(Money::currencyCode, Comparator.reverseOrder()));
        return new CaseOutcome(during.promisesMade(), during.promisesKept(), days, recovered);
    }
}
