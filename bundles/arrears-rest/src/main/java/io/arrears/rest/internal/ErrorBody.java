package io.arrears.rest.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one JSON shape of every error the API returns: HTTP status, a stable code, a readable message. */
public record ErrorBody(int status, String error, String message) {

    public static Response response(Response.Status status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status.getStatusCode(), error, message)).build();
    }
}
