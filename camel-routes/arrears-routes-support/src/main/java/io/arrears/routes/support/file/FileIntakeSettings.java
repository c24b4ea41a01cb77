package io.arrears.routes.support.file;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a route reads its folder.
 *
 * @param routeId          greppable route id, e.g. {@code arrears.erpintake.csv}
 * @param inputFolder      folder the partner drops files into; {@code .done/} and {@code .error/} are made inside it
 * @param includePattern   regular expression of the file names to take (e.g. {@code .*\.csv})
 * @param pollDelay        pause between polls
 * @param minimumAge       a file is taken only when unchanged this long (partial writes are not read)
 * @param doneFileName     when not blank, a file is taken only once this marker exists (e.g. {@code ${file:name}.done})
 * @param maxRedeliveries  retries of a file whose import failed on the database or file system
 * @param redeliveryDelay  first retry delay; doubles each time
 * @param enabled          false: the route exists but does not poll
 */
public record FileIntakeSettings(String routeId, Path inputFolder, String includePattern, Duration pollDelay,
        Duration minimumAge, String doneFileName, int maxRedeliveries, Duration redeliveryDelay, boolean enabled) {

    public FileIntakeSettings {
        Objects.requireNonNull(routeId, "routeId");
        Objects.requireNonNull(inputFolder, "inputFolder");
        Objects.requireNonNull(includePattern, "includePattern");
        Objects.requireNonNull(pollDelay, "pollDelay");
        Objects.requireNonNull(minimumAge, "minimumAge");
        Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
        if (pollDelay.isNegative() || pollDelay.isZero()) {
            throw new IllegalArgumentException(routeId + ": poll delay must be positive, was " + pollDelay);
        }
        if (minimumAge.isNegative()) {
            throw new IllegalArgumentException(routeId + ": minimum age must not be negative, was " + minimumAge);
        }
        if (maxRedeliveries < 0) {
            throw new IllegalArgumentException(routeId + ": max redeliveries must not be negative, was " + maxRedeliveries);
        }
        doneFileName = doneFileName == null || doneFileName.isBlank() ? null : doneFileName.strip();
    }

    /** Where failed files and their reports go, below the input folder. */
    public static final String ERROR_FOLDER = ".error";
    /** Where imported files go, below the input folder. */
    public static final String DONE_FOLDER = ".done";
}
