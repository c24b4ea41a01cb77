package io.arrears.rest.internal.errors;

import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * 400 for a refused argument: the domain, the records and the parameter parsing all say what is
 * wrong in an {@link IllegalArgumentException} message written for the caller.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.bad-request")
@JSONRequired
public class BadRequestMapper implements ExceptionMapper<IllegalArgumentException> {

    @Override
    public Response toResponse(IllegalArgumentException exception) {
        return ErrorBody.response(Response.Status.BAD_REQUEST, ErrorCodes.BAD_REQUEST, String.valueOf(exception.getMessage()));
    }
}
