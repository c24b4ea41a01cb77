package io.arrears.rest.internal.worklist;

import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Customer accounts for worklist tests. */
final class Accounts {

    private Accounts() {
    }

    static CustomerAccount overdue(String id, String amount, String currency, long daysPastDue, LocalDate asOf) {
        Money overdue = Money.of(amount, currency);
        Money zero = Money.zero(currency);
        List<CurrencyPosition> positions = overdue.isZero() ? List.of()
                : List.of(new CurrencyPosition(Currency.getInstance(currency), overdue, overdue, zero));
        return new CustomerAccount(id, Optional.of("Customer " + id), Optional.of("DE"), Optional.empty(), asOf, positions,
                overdue.isZero() ? 0 : 1, overdue.isZero() ? Optional.empty() : Optional.of(asOf.minusDays(daysPastDue)),
                daysPastDue);
    }
}
