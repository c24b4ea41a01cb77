package io.arrears.rest.internal.collection;

/** The promise part of a call: {@code {"amount":"500.00","currency":"EUR","date":"2026-03-14"}}. */
public record PromiseInJson(String amount, String currency, String date) {
}
