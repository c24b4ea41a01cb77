package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.rest.internal.json.MoneyJson;

/** A customer's position in one currency. */
public record PositionJson(String currency, MoneyJson outstanding, MoneyJson overdue, MoneyJson credit) {

    public static PositionJson of(CurrencyPosition position) {
        return new PositionJson(position.currency().getCurrencyCode(), MoneyJson.of(position.outstanding()),
                MoneyJson.of(position.overdue()), MoneyJson.of(position.credit()));
    }
}
