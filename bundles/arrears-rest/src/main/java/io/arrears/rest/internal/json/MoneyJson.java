package io.arrears.rest.internal.json;

import io.arrears.api.money.Money;

/** An amount as JSON: a decimal string at the currency's scale and the ISO 4217 code, never a float. */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.amount().toPlainString(), money.currencyCode());
    }
}
