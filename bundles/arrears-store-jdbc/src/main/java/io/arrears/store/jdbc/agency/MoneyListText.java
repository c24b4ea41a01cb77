package io.arrears.store.jdbc.agency;

import io.arrears.api.money.Money;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Amounts per currency in one column: {@code "1234.56 EUR;99.00 PLN"} (empty for none). */
final class MoneyListText {

    private MoneyListText() {
    }

    static String format(List<Money> amounts) {
        return amounts.stream().map(m -> m.amount().toPlainString() + " " + m.currencyCode()).collect(Collectors.joining(";"));
    }

    static List<Money> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(part -> {
            String[] amountAndCurrency = part.strip().split(" ");
            return Money.of(amountAndCurrency[0], amountAndCurrency[1]);
        }).toList();
    }
}
