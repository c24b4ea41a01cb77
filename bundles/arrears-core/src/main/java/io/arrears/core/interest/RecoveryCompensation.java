package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fixed sum per late invoice for recovery costs, by jurisdiction. Empty means the law sets no fixed sum (TR:
 * reasonable collection costs, to be recorded as a {@link FeeClaim} of kind {@link FeeKind#RECOVERY_COSTS}; IL: none).
 */
public final class RecoveryCompensation {

    private static final BigDecimal PLN_5_000 = new BigDecimal("5000");
    private static final BigDecimal PLN_50_000 = new BigDecimal("50000");
    private static final BigDecimal GBP_1_000 = new BigDecimal("1000");
    private static final BigDecimal GBP_10_000 = new BigDecimal("10000");

    private RecoveryCompensation() {
    }

    /**
     * EU/DE: EUR 40 whatever the invoice currency (Directive art. 6, § 288(5) BGB). UK: GBP 40 below 1,000, 70 from
     * 1,000 to 9,999.99, 100 from 10,000 (Act s.5A), on a GBP debt. PL needs a conversion rate: use
     * {@link #forPolishClaim(Money, BigDecimal)}.
     */
    public static Optional<Money> forClaim(Jurisdiction jurisdiction, Money principal) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(principal, "principal");
        return switch (jurisdiction) {
            case EU, DE -> Optional.of(Money.of("40.00", "EUR"));
            case UK -> Optional.of(uk(principal));
            case PL -> throw new IllegalArgumentException("PL compensation is EUR converted at the NBP average rate: call forPolishClaim(principal, eurPlnRate)");
            case TR, IL -> Optional.empty();
        };
    }

    private static Money uk(Money principal) {
        if (!principal.currencyCode().equals("GBP")) {
            throw new IllegalArgumentException("UK fixed compensation bands are in GBP; the debt is " + principal + " — convert it first");
        }
        BigDecimal debt = principal.amount();
        String sum = debt.compareTo(GBP_1_000) < 0 ? "40.00" : debt.compareTo(GBP_10_000) < 0 ? "70.00" : "100.00";
        return Money.of(sum, "GBP");
    }

    /**
     * PL art. 10(1) of the act of 8 March 2013 (as amended from 2020-01-01): EUR 40 if the claim does not exceed
     * PLN 5,000; EUR 70 if it is above 5,000 and below 50,000; EUR 100 if it is 50,000 or more — converted to PLN at
     * the NBP average EUR rate of the last working day of the month before the month the claim fell due. The caller
     * supplies that rate; this method does not fetch it. Result rounded HALF_UP to the grosz.
     */
    public static Money forPolishClaim(Money principalPln, BigDecimal nbpEurPlnAverageRate) {
        Objects.requireNonNull(principalPln, "principalPln");
        Objects.requireNonNull(nbpEurPlnAverageRate, "nbpEurPlnAverageRate");
        if (!principalPln.currencyCode().equals("PLN")) {
            throw new IllegalArgumentException("PL compensation bands are in PLN; the claim is " + principalPln + " — convert it first");
        }
        if (nbpEurPlnAverageRate.signum() <= 0) {
            throw new IllegalArgumentException("NBP EUR/PLN average rate must be positive, was " + nbpEurPlnAverageRate);
        }
        BigDecimal eur = polishEuroSum(principalPln);
        return Money.rounded(eur.multiply(nbpEurPlnAverageRate, MathContext.DECIMAL128), principalPln.currency());
    }

    /** The EUR sum of the PL band (40, 70 or 100) for a PLN claim, before conversion; see {@link #forPolishClaim}. */
    public static BigDecimal polishEuroSum(Money principalPln) {
        BigDecimal value = principalPln.amount();
        return value.compareTo(PLN_5_000) <= 0 ? new BigDecimal("40")
                : value.compareTo(PLN_50_000) < 0 ? new BigDecimal("70") : new BigDecimal("100");
    }

    /**
     * The day whose NBP average EUR rate converts the PL compensation (art. 10(1a)): the last working day of the month
     * before the month in which the claim fell due. The statute's "month in which the claim became due" is taken as
     * the month of the invoice's due date (the last day to pay), as in Polish practice.
     *
     * @param workingDay whether a day is a Polish working day (no weekend, no public holiday)
     */
    public static LocalDate polishConversionDay(LocalDate dueDate, Predicate<LocalDate> workingDay) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(workingDay, "workingDay");
        LocalDate lastOfMonthBefore = dueDate.withDayOfMonth(1).minusDays(1);
        for (LocalDate day = lastOfMonthBefore; day.getMonth() == lastOfMonthBefore.getMonth(); day = day.minusDays(1)) {
            if (workingDay.test(day)) {
                return day;
            }
        }
        throw new IllegalArgumentException("no working day in " + lastOfMonthBefore.getMonth() + " " + lastOfMonthBefore.getYear());
    }
}
