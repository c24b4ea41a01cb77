package io.arrears.rest.internal.claims;

import io.arrears.api.ledger.ClaimService;
import io.arrears.api.ledger.LedgerException;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.NoSuchElementException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/claims}: the interest and fee claims notices charged, with their state;
 * a collector waives one, with a reason, when the negotiation guardrails of the debtor's type and segment allow it, a
 * manager always (beyond the guardrails marked so in the journal); journaled with the user's name and the date. Beyond
 * the guardrails a collector gets 403 needs-manager-approval. A claim already waived or
 * with nothing outstanding is a 409.
 */
@Component(service = ClaimsResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsResource.class);

    private final ClaimService claims;

    @Activate
    public ClaimsResource(@Reference ClaimService claims) {
        this.claims = claims;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
    public List<ClaimJson> list(@PathParam("erpCustomerId") String erpCustomerId) {
        return claims.claims(erpCustomerId).orElseThrow(() -> new NotFoundException("no customer with ERP id '" + erpCustomerId + "'"))
                .stream().map(ClaimJson::of).toList();
    }

    @POST
    @Path("{claimId}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public ClaimJson waive(@PathParam("erpCustomerId") String erpCustomerId, @PathParam("claimId") String claimId,
            WaiverRequestJson request, @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"reason\": ...} is required");
        }
        String reason = request.checkedReason();
        String user = security.getUserPrincipal().getName();
        try {
            ClaimJson waived = ClaimJson.of(claims.waive(erpCustomerId, claimId, reason, user,
                    security.isUserInRole(Roles.MANAGER)));
            LOG.info("claim {} of customer {} waived by {} ({} {}): {}", claimId, erpCustomerId, user,
                    waived.waived().amount(), waived.waived().currency(), waived.waiver() == null ? reason : waived.waiver().reason());
            return waived;
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        } catch (IllegalStateException | LedgerException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }
}
