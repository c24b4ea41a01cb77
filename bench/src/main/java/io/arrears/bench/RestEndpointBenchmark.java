package io.arrears.bench;

import io.arrears.core.ledger.LedgerQueriesImpl;
import io.arrears.rest.internal.ledger.CustomersResource;
import io.arrears.rest.internal.worklist.CustomerSignals;
import io.arrears.rest.internal.worklist.WorklistResource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * p50 / p99 of the worklist and of the collection tab's ledger calls (customer, items, aging) over a
 * generated portfolio, calling the resources in-process (no HTTP, no JSON writing, no database
 * read: see {@link LedgerPortfolio}). Not a test: run by hand, see bench/RESULTS.md.
 *
 * <pre>java -Xmx6g -cp ... io.arrears.bench.RestEndpointBenchmark 100000 1000000 3 20 2000</pre>
 * arguments: customers, items, warm-up runs of the list calls, measured list runs, measured collection-tab loads
 * (the tab calls are warmed with 500 loads).
 */
public final class RestEndpointBenchmark {

    private RestEndpointBenchmark() {
    }

    public static void main(String[] args) {
        int customers = Integer.parseInt(args[0]);
        int items = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int worklistRuns = Integer.parseInt(args[3]);
        int tabLoads = Integer.parseInt(args[4]);
        LocalDate today = LocalDate.of(2026, 11, 23);
        long generating = System.nanoTime();
        LedgerPortfolio portfolio = new LedgerPortfolio(customers, items, today, 42);
        System.out.printf("generated %,d customers, %,d items, %,d events in %.1f s%n", customers, items, portfolio.events(),
                (System.nanoTime() - generating) / 1e9);
        LedgerQueriesImpl queries = new LedgerQueriesImpl(portfolio, portfolio,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        WorklistResource worklist = new WorklistResource(queries, (ids, asOf) -> Map.<String, CustomerSignals>of());
        CustomersResource tab = new CustomersResource(queries);

        SplittableRandom random = new SplittableRandom(7);
        Supplier<Object> worklistPage = () -> worklist.worklist(null, false, "0", "50", null);
        Supplier<Object> tabLoad = () -> {
            String id = LedgerPortfolio.customerId(random.nextInt(customers));
            return new Object[] {tab.customer(id, null), tab.items(id, null), tab.aging(id, null)};
        };
        Supplier<Object> customersPage = () -> tab.customers(null, "10", "50", null, null);

        report("worklist page (all customers ranked)", measure(worklistPage, warmups, worklistRuns));
        report("customer list page (GET /customers)", measure(customersPage, warmups, worklistRuns));
        report("collection tab: customer + items + aging", measure(tabLoad, 500, tabLoads));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use %.0f MiB of max %.0f MiB%n", (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0,
                runtime.maxMemory() / 1048576.0);
    }

    private static long[] measure(Supplier<Object> call, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            consume(call.get());
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            consume(call.get());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static int sink;

    private static void consume(Object result) {
        sink += System.identityHashCode(result) & 1;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%-45s runs %5d  p50 %10.2f ms  p99 %10.2f ms  max %10.2f ms%n", what, sorted.length,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
