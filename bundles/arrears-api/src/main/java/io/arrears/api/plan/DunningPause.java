package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import java.util.List;

/**
 * Whether dunning of a customer's items waits because of a plan, and why (for the dunning log).
 *
 * @param itemIds the items that must not be dunned; empty with {@code paused} means the whole account
 */
public record DunningPause(boolean paused, List<String> itemIds, String reason) {

    public DunningPause {
        itemIds = Checks.list(itemIds, "DunningPause", "itemIds");
        Checks.text(reason, "DunningPause", "reason");
    }
}
