package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.util.List;

/**
 * One page of a longer, stably ordered list.
 *
 * @param items the entries of this page, at most {@code size}
 * @param page  0-based page number
 * @param size  the page size asked for
 * @param total the number of entries on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = Checks.list(items, "Page", "items");
        if (page < 0) {
            throw new IllegalArgumentException("Page.page must not be negative, was " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("Page.size must be at least 1, was " + size);
        }
        if (items.size() > size) {
            throw new IllegalArgumentException("Page holds " + items.size() + " items, more than its size " + size);
        }
        if (total < items.size()) {
            throw new IllegalArgumentException("Page.total " + total + " is less than the " + items.size() + " items held");
        }
    }

    /** The page {@code page} of {@code all} (already in its final order). */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, were " + page + " and " + size);
        }
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
