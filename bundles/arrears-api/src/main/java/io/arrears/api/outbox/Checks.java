package io.arrears.api.outbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Argument checks for the outbox records; messages name the record, the field and the value. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String record, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(record + "." + field + " must not be blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    static <T> T present(T value, String record, String field) {
        return Objects.requireNonNull(value, () -> record + "." + field + " must not be null");
    }

    static Optional<String> optionalText(Optional<String> value, String record, String field) {
        Optional<String> nonNull = value == null ? Optional.empty() : value;
        nonNull.ifPresent(v -> text(v, record, field));
        return nonNull;
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> List<T> list(List<T> values, String record, String field) {
        present(values, record, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(record + "." + field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    static int maxLength(String value, int max, String record, String field) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(record + "." + field + " is " + value.length()
                    + " characters long, at most " + max + " fit");
        }
        return max;
    }
}
