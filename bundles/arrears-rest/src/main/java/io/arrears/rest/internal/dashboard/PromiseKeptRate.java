package io.arrears.rest.internal.dashboard;

import io.arrears.api.promise.TrackedPromise;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Promise-kept rate (standards.md, metrics): promises kept in full by their date / promises due in
 * the period ({@code from}, {@code to}]. A promise still PENDING after its date is within its grace
 * days and not yet decided: it is counted as awaiting, not in the rate.
 *
 * @param rate kept / decided, 0..1 with four decimals; null when no promise fell due and was decided
 */
public record PromiseKeptRate(int due, int kept, int partiallyKept, int broken, int awaiting, BigDecimal rate) {

    public static PromiseKeptRate of(Collection<TrackedPromise> promises, LocalDate from, LocalDate to) {
        int kept = 0;
        int partly = 0;
        int broken = 0;
        int awaiting = 0;
        for (TrackedPromise p : promises) {
            LocalDate date = p.promise().promisedDate();
            if (!date.isAfter(from) || date.isAfter(to)) {
                continue;
            }
            switch (p.state()) {
                case KEPT -> kept++;
                case PARTIALLY_KEPT -> partly++;
                case BROKEN -> broken++;
                case PENDING -> awaiting++;
            }
        }
        int decided = kept + partly + broken;
        BigDecimal rate = decided == 0 ? null
                : BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
        return new PromiseKeptRate(decided + awaiting, kept, partly, broken, awaiting, rate);
    }
}
