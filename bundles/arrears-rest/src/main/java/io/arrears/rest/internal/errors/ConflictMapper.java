package io.arrears.rest.internal.errors;

import io.arrears.api.ledger.LedgerException;
import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** 409 when the ledger refuses a change that conflicts with its state (the message says which and why). */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.conflict")
@JSONRequired
public class ConflictMapper implements ExceptionMapper<LedgerException> {

    @Override
    public Response toResponse(LedgerException exception) {
        return ErrorBody.response(Response.Status.CONFLICT, ErrorCodes.CONFLICT, String.valueOf(exception.getMessage()));
    }
}
