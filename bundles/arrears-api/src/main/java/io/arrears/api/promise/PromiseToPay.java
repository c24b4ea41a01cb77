package io.arrears.api.promise;

import io.arrears.api.check.Checks;
import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A debtor's promise to pay {@code amount} by {@code promisedDate}, as the collector recorded it.
 *
 * @param id           unique in Arrears
 * @param itemIds      the items the promise is for; empty means the whole account
 * @param promisedDate the last day the money may arrive (value date)
 * @param channel      how the promise was given (a call, an e-mail, ...)
 * @param takenBy      the collector (user id) who recorded it
 * @param takenAt      when it was recorded; only payments from that day on count towards it
 */
public record PromiseToPay(
        String id,
        String customerId,
        List<String> itemIds,
        Money amount,
        LocalDate promisedDate,
        Channel channel,
        String takenBy,
        Instant takenAt) {

    public PromiseToPay {
        Checks.text(id, "PromiseToPay", "id");
        Checks.text(customerId, "PromiseToPay", "customerId");
        itemIds = Checks.list(itemIds, "PromiseToPay", "itemIds");
        itemIds.forEach(i -> Checks.text(i, "PromiseToPay", "itemIds[]"));
        if (itemIds.stream().distinct().count() != itemIds.size()) {
            throw new IllegalArgumentException("PromiseToPay.itemIds lists an item twice: " + itemIds + " (promise " + id + ")");
        }
        Checks.positive(amount, "PromiseToPay", "amount");
        Checks.present(promisedDate, "PromiseToPay", "promisedDate");
        Checks.present(channel, "PromiseToPay", "channel");
        Checks.text(takenBy, "PromiseToPay", "takenBy");
        Checks.present(takenAt, "PromiseToPay", "takenAt");
    }

    /** True when the promise is for the whole account rather than named items. */
    public boolean coversAccount() {
        return itemIds.isEmpty();
    }
}
