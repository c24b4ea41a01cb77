package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.LocalDate;

/** The logged decision to drop what is outstanding on a fee or interest item. */
public record Waiver(String itemId, String reason, String waivedBy, LocalDate date) {

    public Waiver {
        Checks.text(itemId, "Waiver", "itemId");
        Checks.text(reason, "Waiver", "reason");
        Checks.text(waivedBy, "Waiver", "waivedBy");
        Checks.present(date, "Waiver", "date");
    }
}
