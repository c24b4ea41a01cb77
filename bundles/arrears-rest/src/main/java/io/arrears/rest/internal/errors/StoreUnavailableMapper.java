package io.arrears.rest.internal.errors;

import io.arrears.api.store.StoreException;
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
 * 503 when the store cannot be read or written: "database down" must never look like "not found".
 * The store's message is for operators (it may quote SQL), so it goes to the log under a reference.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.store")
@JSONRequired
public class StoreUnavailableMapper implements ExceptionMapper<StoreException> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableMapper.class);

    @Override
    public Response toResponse(StoreException exception) {
        String reference = ErrorReference.next();
        LOG.error("store failure, error reference {}", reference, exception);
        return ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, ErrorCodes.STORE_UNAVAILABLE,
                "the database is not available; error reference " + reference);
    }
}
