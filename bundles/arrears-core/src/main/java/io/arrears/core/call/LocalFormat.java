package io.arrears.core.call;

import io.arrears.api.money.Money;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Amounts and dates as the debtor reads them (domain.md 3.8): the currency format of the locale
 * with the currency's own minor units, and the locale's long date ("15. März 2025", "15 marca 2025").
 */
public record LocalFormat(Locale locale) {

    public LocalFormat {
        Objects.requireNonNull(locale, "locale");
    }

    public String money(Money money) {
        // a new instance per call: NumberFormat is not thread-safe
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int scale = Money.scaleOf(money.currency());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(money.amount());
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }
}
