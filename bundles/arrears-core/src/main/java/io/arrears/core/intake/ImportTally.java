package io.arrears.core.intake;

import io.arrears.api.intake.ImportProblem;
import io.arrears.api.intake.ImportResult;
import java.util.ArrayList;
import java.util.List;

/** Counts one import as it goes; local to one call. */
final class ImportTally {

    int created;
    int updated;
    int unchanged;
    int cancelled;
    int matched;
    int unmatched;
    int ignored;
    private final List<ImportProblem> problems = new ArrayList<>();

    void count(InvoiceChange.Kind kind) {
        switch (kind) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case CANCELLED -> cancelled++;
        }
    }

    void problem(String record, String reason) {
        problems.add(new ImportProblem(record, reason));
    }

    ImportResult result() {
        return new ImportResult(created, updated, unchanged, cancelled, matched, unmatched, ignored, problems);
    }
}
