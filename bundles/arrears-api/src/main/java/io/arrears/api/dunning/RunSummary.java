package io.arrears.api.dunning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One run with its notices counted by status. */
public record RunSummary(long runId, LocalDate runDate, RunStatus status, String triggeredBy, Instant startedAt,
        Optional<Instant> finishedAt, int proposed, int applied, int cancelled) {

    public RunSummary {
        Objects.requireNonNull(runDate, "RunSummary.runDate");
        Objects.requireNonNull(status, "RunSummary.status");
        Objects.requireNonNull(triggeredBy, "RunSummary.triggeredBy");
        Objects.requireNonNull(startedAt, "RunSummary.startedAt");
        Objects.requireNonNull(finishedAt, "RunSummary.finishedAt");
    }
}
