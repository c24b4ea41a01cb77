package io.arrears.api.promise;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Promises to pay by ERP customer key, with their state and its history. A state change is stored once: the
 * repository moves a promise only from the state the change starts from, so two monitors (nodes, restarts) cannot
 * both apply it, and the change's consequence is recorded in the same transaction, at most once per promise and kind.
 */
public interface PromiseRepository {

    /**
     * Stores a new promise as {@link PromiseState#PENDING}.
     *
     * @throws io.arrears.api.store.DuplicateKeyException when a promise with this id is already stored
     */
    TrackedPromise save(PromiseToPay promise);

    Optional<TrackedPromise> find(String promiseId);

    /** The customer's promises, the most recently taken first. */
    List<TrackedPromise> forCustomer(String erpCustomerId);

    /**
     * The promises of each of {@code erpCustomerIds} that has any, by customer, each list ordered as
     * {@link #forCustomer} orders it; customers without promises are absent. Stores override this to read many
     * customers in a few queries (the worklist reads every overdue customer's promises).
     */
    default Map<String, List<TrackedPromise>> forCustomers(Collection<String> erpCustomerIds) {
        Map<String, List<TrackedPromise>> found = new LinkedHashMap<>();
        for (String id : erpCustomerIds) {
            List<TrackedPromise> promises = forCustomer(id);
            if (!promises.isEmpty()) {
                found.put(id, promises);
            }
        }
        return found;
    }

    /** Every {@link PromiseState#PENDING} promise of every customer, the earliest promised date first. */
    List<TrackedPromise> pending();

    /**
     * Stores the change and, when it carries one, its consequence (a {@link ConsequenceKind#COLLECTOR_TASK} also as a
     * task for the collector who took the promise, in the outbox), all in one transaction.
     *
     * @return false, changing nothing, when the promise is no longer in {@code change.from()} (already applied)
     * @throws IllegalArgumentException when there is no such promise
     */
    boolean changeState(PromiseStateChange change, Instant recordedAt);

    /** The state changes of the customer's promises, oldest first. */
    List<RecordedStateChange> stateChanges(String erpCustomerId);

    /** The consequences recorded for the customer (broken promises and plans), oldest first. */
    List<RecordedConsequence> consequences(String erpCustomerId);

    /** The consequences of one kind over all customers (e.g. the escalation proposals for managers), newest first. */
    List<RecordedConsequence> consequences(ConsequenceKind kind, int limit);
}
