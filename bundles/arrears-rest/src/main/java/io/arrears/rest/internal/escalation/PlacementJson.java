package io.arrears.rest.internal.escalation;

import io.arrears.api.agency.Approval;
import io.arrears.api.agency.Placement;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.Instant;
import java.util.List;

/** A placement as the API shows it; {@code approval} is null until a manager approved it. */
public record PlacementJson(long id, String reference, String customerId, String agencyId, List<String> itemIds,
        String status, String note, String requestedBy, Instant requestedAt, ApprovalJson approval, String recalledBy,
        Instant recalledAt, Instant closedAt) {

    /** Who approved when, and the relationship value and debt shown at that moment. */
    public record ApprovalJson(String approvedBy, Instant approvedAt, List<MoneyJson> relationshipValue, List<MoneyJson> debt) {
        static ApprovalJson of(Approval a) {
            return new ApprovalJson(a.approvedBy(), a.approvedAt(), a.relationshipValue().stream().map(MoneyJson::of).toList(),
                    a.debt().stream().map(MoneyJson::of).toList());
        }
    }

    static PlacementJson of(Placement p) {
        return new PlacementJson(p.id(), p.reference(), p.customerId(), p.agencyId(), p.itemIds(), p.status().name(),
                p.request().note(), p.request().requestedBy(), p.request().requestedAt(),
                p.approval().map(ApprovalJson::of).orElse(null), p.recalledBy().orElse(null), p.recalledAt().orElse(null),
                p.closedAt().orElse(null));
    }
}
