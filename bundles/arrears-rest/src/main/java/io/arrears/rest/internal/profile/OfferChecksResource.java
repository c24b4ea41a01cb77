package io.arrears.rest.internal.profile;

import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.collection.Fields;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code POST /arrears/api/customers/{erpCustomerId}/offer-checks}: whether an offer (early-payment discount, extension,
 * plan, partial payment today, waiver) is within the negotiation guardrails of the customer's type and segment. Beyond
 * them a manager's check is the approval, logged in the contact log; a collector learns that a manager must approve.
 */
@Component(service = OfferChecksResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/offer-checks")
@Produces(MediaType.APPLICATION_JSON)
public class OfferChecksResource {

    /** The offer; {@code kind} and {@code debt} are required, the rest default to none. */
    public record OfferJson(String kind, MoneyJson debt, Integer planMonths, MoneyJson firstInstalment,
            BigDecimal discountPercent, Integer extensionDays, Boolean waivesFees, Boolean waivesInterest) {
    }

    /** The verdict; {@code approvedBy} is the manager who approved an offer beyond the guardrails, else null. */
    public record VerdictJson(String type, String segment, String guardrailsRow, boolean needsManagerApproval,
            List<String> reasons, String approvedBy) {
    }

    private final ProfileService profiles;

    @Activate
    public OfferChecksResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public VerdictJson check(@PathParam("erpCustomerId") String erpCustomerId, OfferJson body, @Context SecurityContext security) {
        if (body == null || body.kind() == null || body.debt() == null) {
            throw new IllegalArgumentException("kind and debt {amount, currency} are required");
        }
        ProfileService.OfferTerms terms = new ProfileService.OfferTerms(body.kind(), Fields.money(body.debt().amount(), body.debt().currency(), "debt"),
                body.planMonths() == null ? 0 : body.planMonths(),
                body.firstInstalment() == null ? null : Fields.money(body.firstInstalment().amount(),
                        body.firstInstalment().currency(), "firstInstalment"), body.discountPercent(),
                body.extensionDays() == null ? 0 : body.extensionDays(), Boolean.TRUE.equals(body.waivesFees()),
                Boolean.TRUE.equals(body.waivesInterest()));
        ProfileService.OfferVerdict verdict = profiles.checkOffer(erpCustomerId, terms, security.getUserPrincipal().getName(),
                security.isUserInRole(Roles.MANAGER)).orElseThrow(() -> ProfileResource.unknown(erpCustomerId));
        return new VerdictJson(verdict.type().name(), verdict.segment().orElse(null), verdict.guardrailsRow(),
                verdict.needsManagerApproval(), verdict.reasons(), verdict.approvedBy().orElse(null));
    }
}
