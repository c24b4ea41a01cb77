package io.arrears.bench;

import java.util.Arrays;

/** Sorted durations of repeated calls, with the percentiles the results tables show. */
final class Latencies {

    interface Call {
        Object run() throws Exception;
    }

    private static int sink;

    final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static Latencies measure(Call call, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            consume(call.run());
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            consume(call.run());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latencies(nanos);
    }

    /** One timed run. */
    static long once(Call call) throws Exception {
        long start = System.nanoTime();
        consume(call.run());
        return System.nanoTime() - start;
    }

    private static void consume(Object result) {
        sink += System.identityHashCode(result) & 1; // keeps the result alive for the JIT
    }

    int runs() {
        return sortedNanos.length;
    }

    double millis(int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
