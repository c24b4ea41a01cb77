package io.arrears.rest.internal.worklist;

import java.time.LocalDate;
import java.util.Map;

/**
 * One source of worklist signals (contact log, promises, profiles) adding what it knows to the signals of every
 * customer on the list at once, so a store can answer for all of them in a few queries.
 */
interface SignalPart {

    /** Replaces each customer's signals (keyed by customer id; the keys stay) with what this source adds to them. */
    void addAll(Map<String, CustomerSignals> signals, LocalDate asOf);
}
