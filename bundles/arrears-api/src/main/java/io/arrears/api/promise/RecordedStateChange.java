package io.arrears.api.promise;

import io.arrears.api.check.Checks;
import java.time.Instant;

/** A stored {@link PromiseStateChange} and when Arrears recorded it. */
public record RecordedStateChange(PromiseStateChange change, Instant recordedAt) {

    public RecordedStateChange {
        Checks.present(change, "RecordedStateChange", "change");
        Checks.present(recordedAt, "RecordedStateChange", "recordedAt");
    }
}
