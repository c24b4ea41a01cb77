package io.arrears.rest.internal.errors;

import java.util.UUID;

/** A random id that ties an error answer to its log entry without showing internals to the caller. */
final class ErrorReference {

    private ErrorReference() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }
}
