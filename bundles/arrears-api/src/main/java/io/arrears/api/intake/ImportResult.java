package io.arrears.api.intake;

import java.util.List;

/**
 * What one import did.
 *
 * @param created           documents recorded for the first time
 * @param updated           documents whose amount or due date changed (old item cancelled, new revision recorded)
 * @param unchanged         records already imported with the same content, payments already known
 * @param cancelled         documents cancelled by a cancellation record
 * @param matchedPayments   payments (and reversals) applied to the ledger
 * @param unmatchedPayments payments put in the queue for a collector
 * @param ignored           bank bookings that are not payments received (debits, pending, info)
 * @param problems          records that could not be imported, with the reason
 */
public record ImportResult(int created, int updated, int unchanged, int cancelled, int matchedPayments,
        int unmatchedPayments, int ignored, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public static ImportResult empty() {
        return new ImportResult(0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** True when at least one record changed the ledger or the queue. */
    public boolean changedAnything() {
        return created + updated + cancelled + matchedPayments + unmatchedPayments > 0;
    }
}
