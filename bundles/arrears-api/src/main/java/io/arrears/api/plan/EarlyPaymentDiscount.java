package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A limited-time offer: pay {@link #discountedAmount()} in full between {@code offeredOn} and
 * {@code validUntil} (value dates, both included) and the rest of {@code debt} is forgiven.
 *
 * @param itemIds the items the offer is for; empty means the whole account
 * @param percent 0 &lt; percent &lt; 100
 */
public record EarlyPaymentDiscount(
        String customerId,
        List<String> itemIds,
        Money debt,
        BigDecimal percent,
        LocalDate offeredOn,
        LocalDate validUntil) {

    public EarlyPaymentDiscount {
        Checks.text(customerId, "EarlyPaymentDiscount", "customerId");
        itemIds = Checks.list(itemIds, "EarlyPaymentDiscount", "itemIds");
        Checks.positive(debt, "EarlyPaymentDiscount", "debt");
        Checks.present(percent, "EarlyPaymentDiscount", "percent");
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("EarlyPaymentDiscount.percent must be above 0 and below 100, was " + percent.toPlainString());
        }
        Checks.present(offeredOn, "EarlyPaymentDiscount", "offeredOn");
        Checks.present(validUntil, "EarlyPaymentDiscount", "validUntil");
        if (validUntil.isBefore(offeredOn)) {
            throw new IllegalArgumentException("EarlyPaymentDiscount.validUntil " + validUntil + " lies before offeredOn " + offeredOn);
        }
    }

    /** The discount, rounded HALF_UP at the currency's scale. */
    public Money discount() {
        return Money.rounded(debt.amount().multiply(percent).divide(BigDecimal.valueOf(100)), debt.currency(), RoundingMode.HALF_UP);
    }

    /** What must be paid by {@code validUntil} for the discount to apply. */
    public Money discountedAmount() {
        return debt.minus(discount());
    }
}
