package io.arrears.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The measured rounds of one phase.
 *
 * @param roundNanos     wall time of each measured round
 * @param peakHeapBytes  sum of the heap pools' peak usage over the phase (warm-up included); an upper
 *                       bound, as the pools peak at different moments, and it includes the portfolio
 * @param allocatedBytes bytes the benchmark thread allocated over the measured rounds
 * @param warmupNanos    wall time of the warm-up rounds (JIT, first holiday-calendar loads, heap growth)
 * @param phaseNanos     wall time of the whole phase, warm-up included
 */
record PhaseResult(long[] roundNanos, long peakHeapBytes, long allocatedBytes, long warmupNanos, long phaseNanos) {

    long medianNanos() {
        long[] sorted = roundNanos.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    String roundsMillis() {
        return Arrays.stream(roundNanos).mapToObj(n -> String.valueOf(Math.round(n / 1e6))).collect(Collectors.joining(", "));
    }

    double itemsPerSecond(int items) {
        return items / (medianNanos() / 1e9);
    }

    double allocatedPerItem(int items) {
        return (double) allocatedBytes / ((long) items * roundNanos.length);
    }
}
