package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.CustomerAccount;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer in lists and on its own page. Absent master data is {@code null}; positions hold one
 * entry per currency (amounts of different currencies are never added).
 */
public record CustomerJson(
        String erpCustomerId,
        String name,
        String country,
        String email,
        LocalDate asOf,
        List<PositionJson> positions,
        int openClaims,
        LocalDate oldestOpenDueDate,
        long maxDaysPastDue) {

    public static CustomerJson of(CustomerAccount account) {
        return new CustomerJson(account.erpCustomerId(), account.name().orElse(null), account.country().orElse(null),
                account.email().orElse(null), account.asOf(), account.positions().stream().map(PositionJson::of).toList(),
                account.openClaims(), account.oldestOpenDueDate().orElse(null), account.maxDaysPastDue());
    }
}
