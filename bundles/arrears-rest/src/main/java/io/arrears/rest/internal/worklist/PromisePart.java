package io.arrears.rest.internal.worklist;

import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.rest.internal.worklist.CustomerSignals.PromiseSignal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The promise that decides the customer's place: the earliest pending one, else the latest broken
 * (or partly kept) one nobody has followed up yet (no contact logged after its date); every customer's promises in
 * one bulk read. Runs after {@link ContactLogPart}, whose last contact it reads.
 */
final class PromisePart implements SignalPart {

    private final PromiseRepository promises;

    PromisePart(PromiseRepository promises) {
        this.promises = promises;
    }

    @Override
    public void addAll(Map<String, CustomerSignals> signals, LocalDate asOf) {
        Map<String, List<TrackedPromise>> byCustomer = promises.forCustomers(signals.keySet());
        signals.replaceAll((id, s) -> add(byCustomer.getOrDefault(id, List.of()), s));
    }

    private static CustomerSignals add(List<TrackedPromise> all, CustomerSignals signals) {
        Optional<TrackedPromise> pending = all.stream().filter(p -> p.state() == PromiseState.PENDING)
                .min(Comparator.comparing(p -> p.promise().promisedDate()));
        Optional<TrackedPromise> chosen = pending.or(() -> all.stream()
                .filter(p -> p.state() == PromiseState.BROKEN || p.state() == PromiseState.PARTIALLY_KEPT)
                .filter(p -> signals.lastContact().map(c -> !c.isAfter(p.promise().promisedDate())).orElse(true))
                .max(Comparator.comparing(p -> p.promise().promisedDate())));
        return signals.withPromise(chosen.map(p -> new PromiseSignal(p.promise().amount().amount(),
                p.promise().amount().currencyCode(), p.promise().promisedDate(), p.state().name())));
    }
}
