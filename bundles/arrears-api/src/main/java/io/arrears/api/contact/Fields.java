package io.arrears.api.contact;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** Argument checks for the contact records; messages name the record, the field and the value. */
final class Fields {

    private Fields() {
    }

    static String text(String value, int maxLength, String record, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(record + "." + field + " must not be blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return bounded(value, maxLength, record, field);
    }

    /** Present (not null) but possibly empty. */
    static String anyText(String value, int maxLength, String record, String field) {
        Objects.requireNonNull(value, () -> record + "." + field + " must not be null (use \"\" for none)");
        return bounded(value, maxLength, record, field);
    }

    static Optional<String> optionalText(Optional<String> value, int maxLength, String record, String field) {
        Optional<String> nonNull = value == null ? Optional.empty() : value;
        nonNull.ifPresent(v -> text(v, maxLength, record, field));
        return nonNull;
    }

    static <T> T present(T value, String record, String field) {
        return Objects.requireNonNull(value, () -> record + "." + field + " must not be null");
    }

    /** A SHA-256 or HMAC-SHA256 value as 64 lower-case hex digits. */
    static String hash(String value, String record, String field) {
        present(value, record, field);
        if (value.length() != 64 || !value.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException(record + "." + field + " must be 64 lower-case hex digits, was '" + value + "'");
        }
        return value;
    }

    private static String bounded(String value, int maxLength, String record, String field) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(record + "." + field + " has " + value.length()
                    + " characters, at most " + maxLength + " are kept");
        }
        return value;
    }
}
