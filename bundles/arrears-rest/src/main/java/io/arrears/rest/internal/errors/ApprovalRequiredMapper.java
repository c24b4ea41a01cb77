package io.arrears.rest.internal.errors;

import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** 403 {@code needs-manager-approval} when a collector agrees a plan or waives a claim beyond the guardrails; the message says why. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.approval-required")
@JSONRequired
public class ApprovalRequiredMapper implements ExceptionMapper<ApprovalRequiredException> {

    public static final String CODE = "needs-manager-approval";

    @Override
    public Response toResponse(ApprovalRequiredException exception) {
        return ErrorBody.response(Response.Status.FORBIDDEN, CODE, exception.getMessage());
    }
}
