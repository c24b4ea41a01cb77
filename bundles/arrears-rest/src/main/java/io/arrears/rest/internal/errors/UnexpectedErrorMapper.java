package io.arrears.rest.internal.errors;

import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 500 for everything no other mapper knows (a bug): the caller gets a reference to quote, the log
 * gets the stack trace under that reference; internals never reach the caller.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.unexpected")
@JSONRequired
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String reference = ErrorReference.next();
        LOG.error("unexpected error, error reference {}", reference, exception);
        return ErrorBody.response(Response.Status.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
                "unexpected error; error reference " + reference);
    }
}
