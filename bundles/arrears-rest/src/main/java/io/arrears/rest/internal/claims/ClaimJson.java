package io.arrears.rest.internal.claims;

import io.arrears.api.ledger.Claim;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.LocalDate;

/**
 * A fee or interest claim: {@code kind} FEE or INTEREST, the document it was charged for, what it was, what was paid,
 * waived and is outstanding, its status, and the waiver (who, when, why) when waived.
 */
public record ClaimJson(String id, String kind, String documentNumber, String chargedFor, LocalDate issueDate, MoneyJson amount,
        MoneyJson settled, MoneyJson waived, MoneyJson outstanding, String status, WaiverJson waiver) {

    /** Who waived a claim, on which day and why. */
    public record WaiverJson(String waivedBy, LocalDate date, String reason) {
    }

    static ClaimJson of(Claim claim) {
        var b = claim.balance();
        return new ClaimJson(claim.id(), b.item().kind().name(), b.item().documentNumber(), claim.chargedFor().orElse(null),
                b.item().issueDate(), MoneyJson.of(b.item().amount()), MoneyJson.of(b.settled()), MoneyJson.of(b.waived()),
                MoneyJson.of(b.outstanding()), b.status().name(),
                claim.waiver().map(w -> new WaiverJson(w.waivedBy(), w.date(), w.reason())).orElse(null));
    }
}
