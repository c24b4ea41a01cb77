package io.arrears.rest.internal.collection;

import java.util.List;

/**
 * One page of a customer's contact log, oldest first; {@code next} is the {@code after} of the following page, null on
 * the last page.
 */
public record ContactPageJson(List<ContactJson> items, long after, int size, Long next) {
}
