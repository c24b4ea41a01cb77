package io.arrears.api.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One event of a customer's history.
 *
 * @param kind      what happened, a stable code: CONTACT, NOTICE, MESSAGE, PROMISE_MADE, PROMISE_KEPT,
 *                  PROMISE_PARTIALLY_KEPT, PROMISE_BROKEN, CONSEQUENCE, PLAN_AGREED, PLAN_COMPLETED, PLAN_BROKEN,
 *                  PAYMENT, BLOCK_PLACED, BLOCK_CLEARED
 * @param summary   one line for people
 * @param details   named values (amounts, states, channels), sorted by name
 * @param reference the id of the thing itself (contact sequence, notice id, promise id, plan id, payment key, block id)
 */
public record TimelineEntry(Instant at, String kind, String summary, Map<String, String> details, String reference) {

    public TimelineEntry {
        Objects.requireNonNull(at, "TimelineEntry.at");
        Objects.requireNonNull(kind, "TimelineEntry.kind");
        Objects.requireNonNull(summary, "TimelineEntry.summary");
        details = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(details, "TimelineEntry.details")));
        Objects.requireNonNull(reference, "TimelineEntry.reference");
    }
}
