package io.arrears.rest.internal.collection;

import io.arrears.api.promise.RecordedConsequence;
import java.time.Instant;
import java.util.List;

/** An escalation proposal (a broken promise or plan of a debtor whose type escalates) waiting for a manager. */
public record EscalationProposalJson(long id, String customerId, String subjectId, List<String> itemIds, String reason,
        Instant recordedAt) {

    static EscalationProposalJson of(RecordedConsequence recorded) {
        return new EscalationProposalJson(recorded.id(), recorded.consequence().customerId(), recorded.consequence().subjectId(),
                recorded.consequence().itemIds(), recorded.consequence().reason(), recorded.recordedAt());
    }
}
