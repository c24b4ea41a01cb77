package io.arrears.core.plan;

import io.arrears.api.money.Money;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the schedule of a payment plan:
 * <ul>
 *   <li>a down payment, if agreed, is instalment 0, due on the start date;</li>
 *   <li>the rest (financed) is split into equal principal parts rounded down to the minor unit; the
 *       last instalment takes the remainder, so the principal parts add up to the total exactly;</li>
 *   <li>with an annual rate, each instalment also carries simple interest on the principal still
 *       owed over its period (from the start date, or the previous due date, to its due date),
 *       ACT/365, rounded HALF_UP at the currency scale per instalment;</li>
 *   <li>due dates follow {@link ScheduleDates}.</li>
 * </ul>
 * Stateless.
 */
public final class InstalmentCalculator {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal DAYS_IN_YEAR_TIMES_100 = BigDecimal.valueOf(365 * 100);

    public List<Instalment> schedule(PlanTerms terms) {
        Objects.requireNonNull(terms, "terms");
        Money financed = terms.financed();
        int scale = Money.scaleOf(financed.currency());
        BigDecimal minorUnits = financed.amount().movePointRight(scale);
        int n = terms.instalments();
        if (minorUnits.compareTo(BigDecimal.valueOf(n)) < 0) {
            throw new IllegalArgumentException("cannot split " + financed + " into " + n
                    + " instalments: each would be less than the smallest unit of " + financed.currencyCode());
        }
        Money regular = new Money(minorUnits.divide(BigDecimal.valueOf(n), 0, RoundingMode.DOWN).movePointLeft(scale),
                financed.currency());

        List<Instalment> schedule = new ArrayList<>(n + 1);
        Money zero = Money.zero(financed.currency());
        terms.downPayment().ifPresent(d -> schedule.add(new Instalment(0, terms.startDate(), d, zero)));
        Money owed = financed;
        LocalDate periodStart = terms.startDate();
        for (int i = 0; i < n; i++) {
            LocalDate due = ScheduleDates.dueDate(terms.frequency(), terms.firstDueDate(), i);
            Money principal = i == n - 1 ? owed : regular;
            Money interest = terms.annualInterestPercent().isPresent()
                    ? interest(owed, terms.annualInterestPercent().get(), periodStart, due)
                    : zero;
            schedule.add(new Instalment(i + 1, due, principal, interest));
            owed = owed.minus(principal);
            periodStart = due;
        }
        return List.copyOf(schedule);
    }

    /** The plan with its calculated schedule. */
    public PaymentPlan plan(String id, PlanTerms terms, String agreedBy, Instant agreedAt) {
        return new PaymentPlan(id, terms, schedule(terms), agreedBy, agreedAt);
    }

    private static Money interest(Money owed, BigDecimal annualPercent, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        BigDecimal exact = owed.amount().multiply(annualPercent, MC).multiply(BigDecimal.valueOf(days), MC)
                .divide(DAYS_IN_YEAR_TIMES_100, MC);
        return Money.rounded(exact, owed.currency());
    }
}
