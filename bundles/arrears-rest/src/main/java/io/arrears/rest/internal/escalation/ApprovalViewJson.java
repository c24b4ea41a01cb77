package io.arrears.rest.internal.escalation;

import io.arrears.api.agency.ApprovalView;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.LocalDate;
import java.util.List;

/** The approval screen: the debt next to the relationship value (invoiced revenue from–to, both inclusive). */
public record ApprovalViewJson(PlacementJson placement, List<MoneyJson> debt, List<MoneyJson> relationshipValue,
        LocalDate revenueFrom, LocalDate revenueTo) {

    static ApprovalViewJson of(ApprovalView v) {
        return new ApprovalViewJson(PlacementJson.of(v.placement()), v.debt().stream().map(MoneyJson::of).toList(),
                v.relationshipValue().stream().map(MoneyJson::of).toList(), v.revenueFrom(), v.revenueTo());
    }
}
