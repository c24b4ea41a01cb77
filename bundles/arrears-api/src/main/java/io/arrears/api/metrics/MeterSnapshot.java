package io.arrears.api.metrics;

import java.util.List;
import java.util.Objects;

/** A meter and its values, ordered by label values. */
public record MeterSnapshot(Meter meter, List<MeterValue> values) {

    public MeterSnapshot {
        Objects.requireNonNull(meter, "MeterSnapshot.meter");
        values = List.copyOf(values);
    }
}
