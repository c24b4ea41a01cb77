package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a debtor and a collector agree for a payment plan; the schedule is calculated from it.
 *
 * @param itemIds               the items the plan settles; empty means the whole account
 * @param total                 the debt the plan settles (before plan interest)
 * @param instalments           number of instalments after the down payment, at least 1
 * @param startDate             the day the plan is agreed; a down payment falls due on it, plan
 *                              interest runs from it
 * @param firstDueDate          the first instalment's due date; after {@code startDate}
 * @param downPayment           paid on {@code startDate}, less than {@code total}
 * @param annualInterestPercent simple interest on the declining balance, e.g. 6.5 for 6.5 % a year
 * @param graceDays             days an instalment may be late before the plan is broken
 */
public record PlanTerms(
        String customerId,
        List<String> itemIds,
        Money total,
        int instalments,
        Frequency frequency,
        LocalDate startDate,
        LocalDate firstDueDate,
        Optional<Money> downPayment,
        Optional<BigDecimal> annualInterestPercent,
        int graceDays) {

    public PlanTerms {
        Checks.text(customerId, "PlanTerms", "customerId");
        itemIds = Checks.list(itemIds, "PlanTerms", "itemIds");
        itemIds.forEach(i -> Checks.text(i, "PlanTerms", "itemIds[]"));
        Checks.positive(total, "PlanTerms", "total");
        if (instalments < 1) {
            throw new IllegalArgumentException("PlanTerms.instalments must be at least 1, was " + instalments);
        }
        Checks.present(frequency, "PlanTerms", "frequency");
        Checks.present(startDate, "PlanTerms", "startDate");
        Checks.present(firstDueDate, "PlanTerms", "firstDueDate");
        if (!firstDueDate.isAfter(startDate)) {
            throw new IllegalArgumentException("PlanTerms.firstDueDate " + firstDueDate + " must be after startDate " + startDate);
        }
        downPayment = Checks.optional(downPayment);
        downPayment.ifPresent(d -> {
            Checks.positive(d, "PlanTerms", "downPayment");
            if (d.compareTo(total) >= 0) {
                throw new IllegalArgumentException("PlanTerms.downPayment " + d + " must be less than the total " + total);
            }
        });
        annualInterestPercent = Checks.optional(annualInterestPercent);
        annualInterestPercent.ifPresent(r -> {
            if (r.signum() < 0 || r.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("PlanTerms.annualInterestPercent must be within 0..100, was " + r.toPlainString());
            }
        });
        if (graceDays < 0) {
            throw new IllegalArgumentException("PlanTerms.graceDays must not be negative, was " + graceDays);
        }
    }

    /** What is spread over the instalments: the total less the down payment. */
    public Money financed() {
        return downPayment.map(total::minus).orElse(total);
    }
}
