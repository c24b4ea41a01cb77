package io.arrears.rest.internal.collection;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/** Parsing of request fields; every refusal names the JSON field ("promise.amount: ..."), answered as 400. */
public final class Fields {

    private Fields() {
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static String required(String value, String field) {
        return text(value).orElseThrow(() -> new IllegalArgumentException(field + ": is required"));
    }

    static <E extends Enum<E>> E choice(String value, Class<E> type, String field) {
        String given = required(value, field + " (one of " + Arrays.toString(type.getEnumConstants()) + ")");
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(given)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + ": '" + given + "' is not one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(required(value, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A date, or a local date-time ("2026-03-20T14:30") in the debtor's zone. */
    static LocalDateTime dateOrDateTime(String value, String field) {
        String given = required(value, field);
        try {
            return given.contains("T") ? LocalDateTime.parse(given) : LocalDate.parse(given).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date (yyyy-MM-dd) or a local date-time "
                    + "(yyyy-MM-ddTHH:mm)");
        }
    }

    public static Money money(String amount, String currency, String field) {
        String value = required(amount, field + ".amount");
        String code = required(currency, field + ".currency");
        try {
            return Money.of(value, code);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ".amount: '" + value + "' is not a decimal number such as \"1234.50\"");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }
}
