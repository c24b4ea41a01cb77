package io.arrears.rest.internal.errors;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The stable {@code error} codes of {@link io.arrears.rest.internal.ErrorBody}; clients switch on these. */
public final class ErrorCodes {

    public static final String BAD_REQUEST = "bad-request";
    public static final String INVALID_JSON = "invalid-json";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String STORE_UNAVAILABLE = "store-unavailable";
    public static final String INTERNAL_ERROR = "internal-error";

    private ErrorCodes() {
    }

    /** The code of a plain HTTP status: its reason phrase in lower case with hyphens ("method-not-allowed"). */
    public static String of(Response.StatusType status) {
        String phrase = status.getReasonPhrase();
        if (phrase == null || phrase.isBlank()) {
            return "http-" + status.getStatusCode();
        }
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
