package io.arrears.rest.internal.collection;

import io.arrears.api.money.Money;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.PlanTerms;
import io.arrears.rest.internal.json.MoneyJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code POST customers/{id}/plans/preview} and {@code POST customers/{id}/plans}. The plan starts today (a down
 * payment is due today).
 *
 * @param annualInterestPercent e.g. "6.5"; null for none
 * @param graceDays             days an instalment may be late before the plan breaks; default {@value #DEFAULT_GRACE_DAYS}
 */
public record PlanTermsJson(MoneyJson total, Integer instalments, String frequency, String firstDueDate, MoneyJson downPayment,
        String annualInterestPercent, Integer graceDays, List<String> itemIds) {

    static final int DEFAULT_GRACE_DAYS = 3;

    PlanTerms toTerms(String customerId, LocalDate today) {
        if (total == null) {
            throw new IllegalArgumentException("total: is required ({\"amount\":\"900.00\",\"currency\":\"EUR\"})");
        }
        Money totalMoney = Fields.money(total.amount(), total.currency(), "total");
        if (instalments == null) {
            throw new IllegalArgumentException("instalments: is required (the number of instalments after any down payment)");
        }
        Frequency parsed = Fields.choice(frequency, Frequency.class, "frequency");
        LocalDate first = Fields.date(firstDueDate, "firstDueDate");
        Optional<Money> down = Optional.ofNullable(downPayment).map(d -> Fields.money(d.amount(), d.currency(), "downPayment"));
        Optional<BigDecimal> interest = Fields.text(annualInterestPercent).map(r -> {
            try {
                return new BigDecimal(r);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("annualInterestPercent: '" + r + "' is not a decimal number such as \"6.5\"");
            }
        });
        try {
            return new PlanTerms(customerId, itemIds == null ? List.of() : itemIds, totalMoney, instalments, parsed, today, first, down,
                    interest, graceDays == null ? DEFAULT_GRACE_DAYS : graceDays);
        } catch (IllegalArgumentException e) {
            // the record names its field as "PlanTerms.field"; answer in the JSON names
            throw new IllegalArgumentException(e.getMessage().replace("PlanTerms.", "").replace("startDate", "today"), e);
        }
    }
}
