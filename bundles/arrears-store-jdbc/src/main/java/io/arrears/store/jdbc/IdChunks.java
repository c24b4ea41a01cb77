package io.arrears.store.jdbc;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Many ids read in a few queries: the distinct ids in chunks of {@value #CHUNK}, one {@code IN (?, ...)} list each,
 * well below every driver's limit on parameters.
 */
public final class IdChunks {

    public static final int CHUNK = 500;

    private IdChunks() {
    }

    /** Calls {@code query} with each chunk of the distinct {@code ids}, in their order. */
    public static void forEach(Collection<String> ids, Consumer<List<String>> query) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            query.accept(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
        }
    }

    /** {@code ?, ?, ?} for a chunk of {@code size} ids. */
    public static String placeholders(int size) {
        return String.join(", ", Collections.nCopies(size, "?"));
    }
}
