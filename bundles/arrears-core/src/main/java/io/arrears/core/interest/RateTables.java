package io.arrears.core.interest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The rate tables in force: the bundled {@code rates-<J>.csv} with, when an administrator put one there,
 * {@code <directory>/<J>.csv} laid over it ({@link RateTable#overlay}); likewise the exchange-rate tables
 * {@code fx/<BASE>-<QUOTE>.csv} ({@link ExchangeRateTable#overlay}). Files are read on every call, so a new or
 * corrected file counts from the next dunning run without a rebuild or restart; a broken file is refused with its
 * name and line ({@link RateTableException}) and nothing is guessed.
 */
public final class RateTables {

    private final Optional<Path> directory;

    /** @param directory the administrators' folder (e.g. {@code etc/arrears/interest}); empty: bundled tables only */
    public RateTables(Optional<Path> directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public static RateTables bundledOnly() {
        return new RateTables(Optional.empty());
    }

    public Optional<Path> directory() {
        return directory;
    }

    /** The administrator's file for a jurisdiction, whether or not it exists. */
    public Optional<Path> overlayFile(Jurisdiction jurisdiction) {
        return directory.map(d -> d.resolve(jurisdiction.name() + ".csv"));
    }

    /** @throws RateTableException when the administrator's file is malformed or leaves a gap */
    public RateTable table(Jurisdiction jurisdiction) {
        RateTable bundled = RateTable.bundled(jurisdiction);
        Optional<Path> file = overlayFile(jurisdiction).filter(Files::isRegularFile);
        return file.isEmpty() ? bundled : RateTable.overlay(bundled, RateTable.fromFile(file.get()));
    }

    /** The administrator's exchange-rate file for a pair ({@code <directory>/fx/EUR-PLN.csv}), whether or not it exists. */
    public Optional<Path> exchangeOverlayFile(String base, String quote) {
        return directory.map(d -> d.resolve(ExchangeRateTable.fileName(base, quote)));
    }

    /** @throws RateTableException when the administrator's file is malformed (named with its line) */
    public ExchangeRateTable exchangeTable(String base, String quote) {
        ExchangeRateTable bundled = ExchangeRateTable.bundled(base, quote);
        Optional<Path> file = exchangeOverlayFile(base, quote).filter(Files::isRegularFile);
        return file.isEmpty() ? bundled : ExchangeRateTable.overlay(bundled, ExchangeRateTable.fromFile(file.get()));
    }
}
