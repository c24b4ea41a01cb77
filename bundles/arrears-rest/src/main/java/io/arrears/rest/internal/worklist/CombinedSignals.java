package io.arrears.rest.internal.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signals of every installed {@link SignalPart}, customer by customer. */
final class CombinedSignals implements CustomerSignalSource {

    private final List<SignalPart> parts;

    CombinedSignals(List<SignalPart> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public Map<String, CustomerSignals> signals(Collection<String> customerIds, LocalDate asOf) {
        Map<String, CustomerSignals> all = new LinkedHashMap<>();
        for (String id : customerIds) {
            CustomerSignals signals = CustomerSignals.NONE;
            for (SignalPart part : parts) {
                signals = part.add(id, signals, asOf);
            }
            all.put(id, signals);
        }
        return all;
    }
}
