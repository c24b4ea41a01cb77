package io.arrears.core.profile;

import io.arrears.api.money.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An offer a collector is about to make, to be checked against the type's {@link Guardrails}.
 *
 * @param debt             the amount the offer settles
 * @param planMonths       instalment plan length in months (0 if not a plan)
 * @param firstInstalment  first instalment or amount paid today (zero if none)
 * @param discountPercent  early-payment discount in percent (0 if none)
 * @param extensionDays    days added to the due date (0 if none)
 */
public record Offer(OfferKind kind, Money debt, int planMonths, Money firstInstalment, BigDecimal discountPercent,
                    int extensionDays, boolean waivesFees, boolean waivesInterest) {

    public Offer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(debt, "debt");
        if (!debt.isPositive()) {
            throw new IllegalArgumentException("offer debt must be positive, got " + debt);
        }
        Objects.requireNonNull(firstInstalment, "firstInstalment");
        if (firstInstalment.isNegative() || firstInstalment.compareTo(debt) > 0) {
            throw new IllegalArgumentException("firstInstalment must be between 0 and the debt " + debt + ", got " + firstInstalment);
        }
        if (planMonths < 0) {
            throw new IllegalArgumentException("planMonths must not be negative, got " + planMonths);
        }
        Objects.requireNonNull(discountPercent, "discountPercent");
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("discountPercent must be 0..100, got " + discountPercent);
        }
        if (extensionDays < 0) {
            throw new IllegalArgumentException("extensionDays must not be negative, got " + extensionDays);
        }
    }

    public static Offer instalmentPlan(Money debt, int months, Money firstInstalment) {
        return new Offer(OfferKind.INSTALMENT_PLAN, debt, months, firstInstalment, BigDecimal.ZERO, 0, false, false);
    }

    public static Offer extension(Money debt, int days) {
        return new Offer(OfferKind.EXTENSION, debt, 0, Money.zero(debt.currency()), BigDecimal.ZERO, days, false, false);
    }

    public static Offer partialPaymentToday(Money debt, Money today) {
        return new Offer(OfferKind.PARTIAL_PAYMENT_TODAY, debt, 0, today, BigDecimal.ZERO, 0, false, false);
    }

    public static Offer earlyPaymentDiscount(Money debt, BigDecimal percent) {
        return new Offer(OfferKind.EARLY_PAYMENT_DISCOUNT, debt, 0, Money.zero(debt.currency()), percent, 0, false, false);
    }

    /** Waiving {@code claim}, a fee (or, when {@code interest}, a late-payment interest) claim's outstanding amount. */
    public static Offer waiver(Money claim, boolean interest) {
        return new Offer(OfferKind.WAIVER, claim, 0, Money.zero(claim.currency()), BigDecimal.ZERO, 0, !interest, interest);
    }

    public Offer waivingFees() {
        return new Offer(kind, debt, planMonths, firstInstalment, discountPercent, extensionDays, true, waivesInterest);
    }

    public Offer waivingInterest() {
        return new Offer(kind, debt, planMonths, firstInstalment, discountPercent, extensionDays, waivesFees, true);
    }
}
