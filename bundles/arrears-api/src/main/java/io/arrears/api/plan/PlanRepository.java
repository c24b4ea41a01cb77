package io.arrears.api.plan;

import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.promise.Consequence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payment plans by ERP customer key; agreeing and ending a plan each happen in one transaction. */
public interface PlanRepository {

    /**
     * Stores the plan as ACTIVE, places the PAYMENT_PLAN dunning block on its items (or the whole customer) and
     * enqueues the agreement message, together.
     *
     * @throws io.arrears.api.store.DuplicateKeyException when the plan id is taken or its customer or items already
     *                                                    have an active PAYMENT_PLAN block (a running plan)
     */
    StoredPlan agree(PaymentPlan plan, Optional<String> approvedBy, Optional<NewOutboxMessage> agreement);

    Optional<StoredPlan> find(String planId);

    /** The customer's plans, the most recently agreed first. */
    List<StoredPlan> forCustomer(String erpCustomerId);

    /** Every ACTIVE plan. */
    List<StoredPlan> active();

    /**
     * Ends an ACTIVE plan as COMPLETED or BROKEN: clears its dunning block (dunning resumes) and records the
     * consequence once, in one transaction.
     *
     * @param collector who gets a COLLECTOR_TASK consequence
     * @return false, changing nothing, when the plan is no longer ACTIVE
     */
    boolean end(String planId, PlanState to, String reason, Optional<Consequence> consequence, String collector, Instant at);
}
