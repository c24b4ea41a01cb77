package io.arrears.route.dunning;

import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.RecordedConsequence;
import io.arrears.api.promise.RecordedStateChange;
import io.arrears.api.promise.TrackedPromise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Promises in memory with the store's rule: a change applies only from the state it starts from. Thread-safe. */
final class InMemoryPromises implements PromiseRepository {

    private final Map<String, TrackedPromise> promises = new LinkedHashMap<>();
    final List<RecordedStateChange> changes = new ArrayList<>();
    final List<RecordedConsequence> consequences = new ArrayList<>();

    @Override
    public synchronized TrackedPromise save(PromiseToPay promise) {
        TrackedPromise tracked = TrackedPromise.pending(promise);
        promises.put(promise.id(), tracked);
        return tracked;
    }

    @Override
    public synchronized Optional<TrackedPromise> find(String promiseId) {
        return Optional.ofNullable(promises.get(promiseId));
    }

    @Override
    public synchronized List<TrackedPromise> forCustomer(String erpCustomerId) {
        return promises.values().stream().filter(t -> t.promise().customerId().equals(erpCustomerId)).toList();
    }

    @Override
    public synchronized List<TrackedPromise> pending() {
        return promises.values().stream().filter(t -> t.state() == PromiseState.PENDING).toList();
    }

    @Override
    public synchronized boolean changeState(PromiseStateChange change, Instant recordedAt) {
        TrackedPromise current = promises.get(change.promiseId());
        if (current.state() != change.from()) {
            return false;
        }
        promises.put(change.promiseId(), new TrackedPromise(current.promise(), change.to()));
        changes.add(new RecordedStateChange(change, recordedAt));
        change.consequence().ifPresent(c -> consequences.add(new RecordedConsequence(consequences.size() + 1, c, Optional.empty(),
                recordedAt)));
        return true;
    }

    @Override
    public synchronized List<RecordedStateChange> stateChanges(String erpCustomerId) {
        return List.copyOf(changes);
    }

    @Override
    public synchronized List<RecordedConsequence> consequences(String erpCustomerId) {
        return List.copyOf(consequences);
    }

    @Override
    public synchronized List<RecordedConsequence> consequences(io.arrears.api.promise.ConsequenceKind kind, int limit) {
        List<RecordedConsequence> newestFirst = new ArrayList<>(consequences);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(r -> r.consequence().kind() == kind).limit(limit).toList();
    }
}
