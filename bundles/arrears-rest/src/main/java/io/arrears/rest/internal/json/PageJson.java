package io.arrears.rest.internal.json;

import io.arrears.api.ledger.Page;
import java.util.List;
import java.util.function.Function;

/** The one JSON shape of every paged list: {@code {items, page, size, total}}, page 0-based. */
public record PageJson<T>(List<T> items, int page, int size, long total) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<D, T> toJson) {
        return new PageJson<>(page.items().stream().map(toJson).toList(), page.page(), page.size(), page.total());
    }
}
