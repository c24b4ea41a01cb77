package io.arrears.api.check;

import io.arrears.api.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Argument checks of the API's records; messages name the record, the field and the value. */
public final class Checks {

    private Checks() {
    }

    public static String text(String value, String record, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(record + "." + field + " must not be blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    public static <T> T present(T value, String record, String field) {
        return Objects.requireNonNull(value, () -> record + "." + field + " must not be null");
    }

    /** An optional text: null becomes empty, a present value must not be blank. */
    public static Optional<String> optionalText(Optional<String> value, String record, String field) {
        Optional<String> nonNull = optional(value);
        nonNull.ifPresent(v -> text(v, record, field));
        return nonNull;
    }

    /** Null becomes empty. */
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    public static Money positive(Money value, String record, String field) {
        present(value, record, field);
        if (!value.isPositive()) {
            throw new IllegalArgumentException(record + "." + field + " must be positive, was " + value);
        }
        return value;
    }

    /** An unmodifiable copy; neither the list nor an element may be null. */
    public static <T> List<T> list(List<T> values, String record, String field) {
        present(values, record, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(record + "." + field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** Refuses a text longer than {@code max} characters (a database column's size); returns {@code max}. */
    public static int maxLength(String value, int max, String record, String field) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(record + "." + field + " is " + value.length()
                    + " characters long, at most " + max + " fit");
        }
        return max;
    }
}
