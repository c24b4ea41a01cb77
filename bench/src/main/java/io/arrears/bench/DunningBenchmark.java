package io.arrears.bench;

import io.arrears.core.dunning.CountryHolidayCalendar;
import io.arrears.core.dunning.DunningEngine;
import io.arrears.core.dunning.DunningPolicy;
import io.arrears.core.dunning.DunningPolicyLoader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Dunning decisions over a generated portfolio, next to a raw baseline measured in the same run.
 *
 * <p>Arguments: customers, items, warm-up rounds, measured rounds [, seed]. Prints a Markdown block
 * to paste into the README. The decision instant is fixed (Thursday 1 May 2025, 07:00 UTC, the
 * default policy's run time): Labour Day in DE, PL and TR, so those customers are deferred and the
 * holiday calendar is consulted; GB, IL and NL are open.
 */
public final class DunningBenchmark {

    static final Instant DECISION_INSTANT = Instant.parse("2025-05-01T07:00:00Z");
    static final long DEFAULT_SEED = 20250501L;

    private DunningBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: DunningBenchmark <customers> <items> <warm-up rounds> <measured rounds> [seed]");
            System.exit(2);
        }
        int customers = positive(args[0], "customers", 1);
        int items = positive(args[1], "items", 0);
        int warmup = positive(args[2], "warm-up rounds", 0);
        int measured = positive(args[3], "measured rounds", 1);
        long seed = args.length == 5 ? Long.parseLong(args[4]) : DEFAULT_SEED;
        long start = System.nanoTime();

        long generationStart = System.nanoTime();
        Portfolio portfolio = new PortfolioGenerator(seed).generate(customers, items, DECISION_INSTANT);
        long generationNanos = System.nanoTime() - generationStart;
        long portfolioBytes = usedHeapAfterGc();

        Clock clock = Clock.fixed(DECISION_INSTANT, ZoneOffset.UTC);
        DunningPolicy policy = DunningPolicyLoader.loadDefault();
        DunningEngine engine = new DunningEngine(new CountryHolidayCalendar());

        long[] checksum = new long[1];
        PhaseResult baseline = measure(warmup, measured, () -> checksum[0] += RawBaseline.run(portfolio, DECISION_INSTANT));
        EngineRun.Outcome[] outcome = new EngineRun.Outcome[1];
        PhaseResult engineResult = measure(warmup, measured, () -> {
            outcome[0] = EngineRun.run(engine, policy, portfolio, clock);
            return outcome[0].proposals();
        });
        long wallNanos = System.nanoTime() - start;

        System.out.print(report(customers, items, warmup, measured, seed, generationNanos, portfolioBytes,
                baseline, engineResult, outcome[0], wallNanos));
        if (checksum[0] == 42) {
            System.out.println("(checksum 42)"); // keeps the baseline's result alive
        }
    }

    private static PhaseResult measure(int warmup, int measured, LongSupplier round) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        long phaseStart = System.nanoTime();
        for (int i = 0; i < warmup; i++) {
            round.getAsLong();
        }
        long warmupNanos = System.nanoTime() - phaseStart;
        long[] nanos = new long[measured];
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            round.getAsLong();
            nanos[i] = System.nanoTime() - t0;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long phaseNanos = System.nanoTime() - phaseStart;
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new PhaseResult(nanos, peak, allocated, warmupNanos, phaseNanos);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String report(int customers, int items, int warmup, int measured, long seed, long generationNanos,
                         long portfolioBytes, PhaseResult baseline, PhaseResult engine, EngineRun.Outcome outcome,
                         long wallNanos) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n### Dunning benchmark: %,d items, %,d customers%n%n", items, customers));
        out.append("| Phase | Median items/s | Median round | Measured rounds | Warm-up | Peak heap | Allocated per item | Phase wall time |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append(row("Raw baseline (days past due + sum per customer)", items, warmup, measured, baseline));
        out.append(row("`DunningEngine.assess` per customer", items, warmup, measured, engine));
        double ratio = engine.itemsPerSecond(items) / baseline.itemsPerSecond(items);
        out.append(String.format(Locale.ROOT, "%n- Engine/baseline throughput: %.4f (the engine is %.1f× slower than touching every item once)%n",
                ratio, 1 / ratio));
        out.append(String.format(Locale.ROOT, "- Proposals: %,d (%,d READY, %,d DEFERRED) covering %,d items; %,d items skipped with a reason%n",
                outcome.proposals(), outcome.ready(), outcome.deferred(), outcome.proposedItems(), outcome.skippedItems()));
        out.append(String.format(Locale.ROOT, "- Portfolio: %s live heap after GC (generated in %.1f s, seed %d); decision instant %s%n",
                mib(portfolioBytes), generationNanos / 1e9, seed, DECISION_INSTANT));
        out.append(String.format(Locale.ROOT, "- Total wall time: %.1f s; JVM %s, %d processors, max heap %s%n",
                wallNanos / 1e9, System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                mib(Runtime.getRuntime().maxMemory())));
        out.append("- Peak heap = sum of the heap pools' peak usage over the phase (reset after a GC before it), portfolio included\n");
        return out.toString();
    }

    private static String row(String phase, int items, int warmup, int measured, PhaseResult result) {
        return String.format(Locale.ROOT, "| %s | %,.0f | %,.0f ms | %d (%s ms) | %d rounds, %.1f s | %s | %,.0f B | %.1f s |%n",
                phase, result.itemsPerSecond(items), result.medianNanos() / 1e6, measured, result.roundsMillis(),
                warmup, result.warmupNanos() / 1e9, mib(result.peakHeapBytes()), result.allocatedPerItem(items),
                result.phaseNanos() / 1e9);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private static int positive(String value, String name, int minimum) {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is '" + value + "': expected a whole number", e);
        }
        if (parsed < minimum) {
            throw new IllegalArgumentException(name + " is " + parsed + ": expected at least " + minimum);
        }
        return parsed;
    }
}
