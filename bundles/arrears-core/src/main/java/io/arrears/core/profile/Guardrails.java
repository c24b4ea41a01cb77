package io.arrears.core.profile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Negotiation limits of a behaviour type: within them a collector decides alone, beyond them a
 * manager approves.
 *
 * @param maxPlanMonths             longest instalment plan
 * @param minFirstInstalmentPercent smallest first instalment (or payment today) as a percent of the debt
 * @param maxDiscountPercent        largest early-payment discount in percent
 * @param maxExtensionDays          longest extension of the due date
 * @param mayWaiveFees              whether dunning fees and recovery compensation may be waived
 * @param mayWaiveInterest          whether late-payment interest may be waived
 */
public record Guardrails(int maxPlanMonths, BigDecimal minFirstInstalmentPercent, BigDecimal maxDiscountPercent,
                         int maxExtensionDays, boolean mayWaiveFees, boolean mayWaiveInterest) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Guardrails {
        if (maxPlanMonths < 0) {
            throw new IllegalArgumentException("guardrails.maxPlanMonths must not be negative, got " + maxPlanMonths);
        }
        requirePercent("guardrails.minFirstInstalmentPercent", minFirstInstalmentPercent);
        requirePercent("guardrails.maxDiscountPercent", maxDiscountPercent);
        if (maxExtensionDays < 0) {
            throw new IllegalArgumentException("guardrails.maxExtensionDays must not be negative, got " + maxExtensionDays);
        }
    }

    public GuardrailDecision check(Offer offer) {
        Objects.requireNonNull(offer, "offer");
        List<String> reasons = new ArrayList<>();
        if (offer.planMonths() > maxPlanMonths) {
            reasons.add("plan of " + offer.planMonths() + " months exceeds the " + maxPlanMonths + " months allowed");
        }
        if (offer.kind() == OfferKind.INSTALMENT_PLAN || offer.kind() == OfferKind.PARTIAL_PAYMENT_TODAY) {
            BigDecimal share = offer.firstInstalment().amount().multiply(HUNDRED)
                    .divide(offer.debt().amount(), MathContext.DECIMAL64);
            if (share.compareTo(minFirstInstalmentPercent) < 0) {
                reasons.add("first payment " + offer.firstInstalment() + " is " + share.setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "% of " + offer.debt() + ", below the " + minFirstInstalmentPercent.toPlainString()
                        + "% minimum");
            }
        }
        if (offer.discountPercent().compareTo(maxDiscountPercent) > 0) {
            reasons.add("discount of " + offer.discountPercent().toPlainString() + "% exceeds the "
                    + maxDiscountPercent.toPlainString() + "% allowed");
        }
        if (offer.extensionDays() > maxExtensionDays) {
            reasons.add("extension of " + offer.extensionDays() + " days exceeds the " + maxExtensionDays + " days allowed");
        }
        if (offer.waivesFees() && !mayWaiveFees) {
            reasons.add("waiving fees is not allowed for this type");
        }
        if (offer.waivesInterest() && !mayWaiveInterest) {
            reasons.add("waiving interest is not allowed for this type");
        }
        return new GuardrailDecision(!reasons.isEmpty(), reasons);
    }

    private static void requirePercent(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(field + " must be 0..100, got " + value);
        }
    }
}
