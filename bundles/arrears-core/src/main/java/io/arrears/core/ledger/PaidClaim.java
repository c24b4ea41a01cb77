package io.arrears.core.ledger;

import io.arrears.api.ledger.Item;
import java.time.LocalDate;

/**
 * An invoice or instalment paid in full, with how long that took.
 *
 * @param paidDate        value date of the last allocation that settled it
 * @param daysToPay       paid date − issue date
 * @param daysBeyondTerms paid date − due date; negative when paid early
 */
public record PaidClaim(Item item, LocalDate paidDate, long daysToPay, long daysBeyondTerms) {
}
