package io.arrears.letters;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, amounts and rates as the debtor reads them ("1.234,56 €" in German, "₺1.234,56" in Turkish).
 * One instance per letter: {@link NumberFormat} is not thread-safe.
 */
final class LocaleFormats {

    private final Locale locale;
    private final DateTimeFormatter dates;

    LocaleFormats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int scale = Money.scaleOf(money.currency());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(money.amount());
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** A yearly rate given in percent (11.27) with the locale's percent sign and placement. */
    String percent(BigDecimal ratePercent) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(ratePercent.movePointLeft(2));
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
