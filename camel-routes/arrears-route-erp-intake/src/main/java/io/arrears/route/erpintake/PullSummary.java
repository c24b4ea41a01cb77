package io.arrears.route.erpintake;

import io.arrears.api.intake.ImportResult;

/** What one incremental pull did, summed over its batches or pages; the message body after a pull. */
public record PullSummary(int batches, int records, int rejected, int created, int updated, int unchanged, int cancelled,
        int problems, String watermark) {

    public static PullSummary start(String watermark) {
        return new PullSummary(0, 0, 0, 0, 0, 0, 0, 0, watermark);
    }

    /** @param rejected records that could not be mapped (reported, not imported) */
    PullSummary plus(int records, int rejected, ImportResult result, String newWatermark) {
        return new PullSummary(batches + 1, this.records + records, this.rejected + rejected, created + result.created(),
                updated + result.updated(), unchanged + result.unchanged(), cancelled + result.cancelled(),
                problems + result.problems().size(), newWatermark);
    }
}
