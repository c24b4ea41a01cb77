package io.arrears.rest.internal.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signals of every installed {@link SignalPart}, part by part over all customers. */
final class CombinedSignals implements CustomerSignalSource {

    private final List<SignalPart> parts;

    CombinedSignals(List<SignalPart> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public Map<String, CustomerSignals> signals(Collection<String> customerIds, LocalDate asOf) {
        Map<String, CustomerSignals> all = new LinkedHashMap<>();
        customerIds.forEach(id -> all.put(id, CustomerSignals.NONE));
        for (SignalPart part : parts) {
            part.addAll(all, asOf);
        }
        return all;
    }
}
