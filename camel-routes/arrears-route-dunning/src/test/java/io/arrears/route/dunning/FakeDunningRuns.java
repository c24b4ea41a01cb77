package io.arrears.route.dunning;

import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunStatus;
import io.arrears.api.dunning.RunSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stores runs in memory like the database would; counts the calls; can fail the first proposals. */
class FakeDunningRuns implements DunningRunService {

    final List<RunSummary> stored = new CopyOnWriteArrayList<>();
    final List<LocalDate> proposed = new CopyOnWriteArrayList<>();
    final List<Long> executed = new CopyOnWriteArrayList<>();
    final List<Long> fencedWith = new CopyOnWriteArrayList<>();
    final List<Long> interrupted = new CopyOnWriteArrayList<>();
    private final AtomicInteger proposalsToFail = new AtomicInteger();

    static FakeDunningRuns withRunOn(LocalDate date) {
        FakeDunningRuns runs = new FakeDunningRuns();
        runs.store(date);
        return runs;
    }

    void failNextProposals(int count) {
        proposalsToFail.set(count);
    }

    @Override
    public RunProposal propose(LocalDate runDate) {
        proposed.add(runDate);
        if (proposalsToFail.getAndDecrement() > 0) {
            throw new IllegalStateException("database unavailable (test)");
        }
        return new RunProposal(store(runDate), runDate, List.of(), List.of());
    }

    @Override
    public RunExecution execute(long runId) {
        executed.add(runId);
        return new RunExecution(runId, List.of());
    }

    @Override
    public RunExecution execute(long runId, long fencingToken) {
        fencedWith.add(fencingToken);
        interrupted.remove(runId);
        return execute(runId);
    }

    @Override
    public List<Long> interruptedRuns(java.time.Duration idle) {
        return List.copyOf(interrupted);
    }

    @Override
    public List<RunSummary> runs(int limit) {
        return stored.stream().sorted(Comparator.comparingLong(RunSummary::runId).reversed()).limit(limit).toList();
    }

    private long store(LocalDate runDate) {
        long id = stored.size() + 1L;
        stored.add(new RunSummary(id, runDate, RunStatus.RUNNING, "test", Instant.EPOCH, Optional.empty(), 0, 0, 0));
        return id;
    }
}
