package io.arrears.rest.internal.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** Reads the {@link CustomerSignals} of many customers at once (one call per worklist request). */
public interface CustomerSignalSource {

    /** Signals for each of {@code customerIds}; a customer without any is absent or {@link CustomerSignals#NONE}. */
    Map<String, CustomerSignals> signals(Collection<String> customerIds, LocalDate asOf);
}
