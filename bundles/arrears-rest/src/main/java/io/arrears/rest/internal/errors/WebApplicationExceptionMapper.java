package io.arrears.rest.internal.errors;

import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * HTTP errors raised by resources and by Jersey (404 for an unknown customer or path, 403 from
 * {@code @RolesAllowed}, 405, 415, ...) in the stable JSON shape, keeping their status and headers.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.http")
@JSONRequired
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        ErrorBody body = new ErrorBody(status.getStatusCode(), ErrorCodes.of(status), String.valueOf(exception.getMessage()));
        return Response.fromResponse(original).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
