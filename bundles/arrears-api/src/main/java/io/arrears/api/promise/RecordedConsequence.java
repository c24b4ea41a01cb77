package io.arrears.api.promise;

import io.arrears.api.check.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A consequence as stored: at most one per subject (promise or plan) and kind.
 *
 * @param outboxId the collector task's outbox message, for {@link ConsequenceKind#COLLECTOR_TASK}
 */
public record RecordedConsequence(long id, Consequence consequence, Optional<Long> outboxId, Instant recordedAt) {

    public RecordedConsequence {
        Checks.present(consequence, "RecordedConsequence", "consequence");
        outboxId = Checks.optional(outboxId);
        Checks.present(recordedAt, "RecordedConsequence", "recordedAt");
    }
}
