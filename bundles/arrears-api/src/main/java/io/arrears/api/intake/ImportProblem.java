package io.arrears.api.intake;

import java.util.Objects;

/**
 * One record an import refused.
 *
 * @param record the record's key (document number, or bank transaction key)
 * @param reason which field, which value, why
 */
public record ImportProblem(String record, String reason) {

    public ImportProblem {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return record + ": " + reason;
    }
}
