package io.arrears.bench;

import io.arrears.core.dunning.DunnableItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * The physical floor of a dunning run: touch every item once, compute its days past due in the
 * debtor's zone and sum the overdue residuals per customer and currency. No rules, no reasons.
 */
final class RawBaseline {

    private RawBaseline() {
    }

    /** @return a checksum, so the JIT cannot drop the work */
    static long run(Portfolio portfolio, Instant now) {
        long checksum = 0;
        for (Portfolio.CustomerItems customer : portfolio.customers()) {
            long today = LocalDate.ofInstant(now, customer.debtor().zone()).toEpochDay();
            Map<Currency, BigDecimal> overdue = new HashMap<>(4);
            for (DunnableItem item : customer.items()) {
                long daysPastDue = today - item.dueDate().toEpochDay();
                if (daysPastDue > 0 && item.residual().isPositive()) {
                    overdue.merge(item.residual().currency(), item.residual().amount(), BigDecimal::add);
                    checksum += daysPastDue;
                }
            }
            for (BigDecimal total : overdue.values()) {
                checksum += total.unscaledValue().longValue();
            }
        }
        return checksum;
    }
}
