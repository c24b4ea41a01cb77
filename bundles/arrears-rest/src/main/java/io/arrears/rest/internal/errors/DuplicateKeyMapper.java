package io.arrears.rest.internal.errors;

import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** 409 when a write collides with a row that already exists (e.g. the same action done twice at once). */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.duplicate")
@JSONRequired
public class DuplicateKeyMapper implements ExceptionMapper<DuplicateKeyException> {

    @Override
    public Response toResponse(DuplicateKeyException exception) {
        return ErrorBody.response(Response.Status.CONFLICT, ErrorCodes.CONFLICT,
                "the change collides with one made at the same time; reload and try again");
    }
}
