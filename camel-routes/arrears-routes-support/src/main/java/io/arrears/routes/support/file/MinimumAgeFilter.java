package io.arrears.routes.support.file;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Takes a file only when it has not changed for the minimum age: an ERP still writing it keeps
 * touching it. Decided before the idempotency key is computed, so a half-written file is never hashed
 * or marked as taken. Directories pass (the consumer does not recurse anyway).
 */
public final class MinimumAgeFilter implements GenericFileFilter<File> {

    private final Clock clock;
    private final Duration minimumAge;

    public MinimumAgeFilter(Clock clock, Duration minimumAge) {
        this.clock = clock;
        this.minimumAge = minimumAge;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return true;
        }
        return file.getLastModified() <= clock.millis() - minimumAge.toMillis();
    }
}
