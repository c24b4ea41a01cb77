package io.arrears.rest.internal.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Parses query and path parameters by hand: JAX-RS answers a malformed number in a query
 * parameter with 404, but a bad parameter is the caller's error (400, naming the parameter).
 */
public final class QueryParams {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private QueryParams() {
    }

    /** {@code ?page=}: 0-based, 0 when absent. */
    public static int page(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int page = integer("page", value);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative, was " + page);
        }
        return page;
    }

    /** {@code ?size=}: 1 to {@value #MAX_PAGE_SIZE}, {@value #DEFAULT_PAGE_SIZE} when absent. */
    public static int size(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        int size = integer("size", value);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return size;
    }

    /** {@code ?asOf=yyyy-mm-dd}, or {@code today} when absent. */
    public static LocalDate asOf(String value, Supplier<LocalDate> today) {
        if (value == null || value.isBlank()) {
            return today.get();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be an ISO date (yyyy-mm-dd), was '" + value + "'", e);
        }
    }

    /** A numeric id in a path, e.g. the queue id of an unmatched payment. */
    public static long id(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }
}
