package io.arrears.api.contact;

import java.util.Optional;

/**
 * The result of walking the contact log.
 *
 * @param entriesChecked entries whose hash and link were checked before stopping
 * @param headSequence   the log's recorded head when verification ran
 * @param violation      the first problem found; empty when the log is intact
 */
public record VerificationReport(long entriesChecked, long headSequence, Optional<Violation> violation) {

    public VerificationReport {
        violation = violation == null ? Optional.empty() : violation;
    }

    public static VerificationReport intact(long entriesChecked, long headSequence) {
        return new VerificationReport(entriesChecked, headSequence, Optional.empty());
    }

    public static VerificationReport broken(long entriesChecked, long headSequence, Violation violation) {
        return new VerificationReport(entriesChecked, headSequence, Optional.of(violation));
    }

    public boolean isIntact() {
        return violation.isEmpty();
    }
}
