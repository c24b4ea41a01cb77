package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;

/**
 * One payment of a plan.
 *
 * @param number    0 for the down payment, then 1, 2, ...
 * @param principal the part of the debt it repays
 * @param interest  plan interest for the period before it; zero without a rate
 */
public record Instalment(int number, LocalDate dueDate, Money principal, Money interest) {

    public Instalment {
        if (number < 0) {
            throw new IllegalArgumentException("Instalment.number must not be negative, was " + number);
        }
        Checks.present(dueDate, "Instalment", "dueDate");
        Checks.positive(principal, "Instalment", "principal");
        Checks.present(interest, "Instalment", "interest");
        if (interest.isNegative()) {
            throw new IllegalArgumentException("Instalment.interest must not be negative, was " + interest);
        }
        // compares currencies too
        principal.plus(interest);
    }

    /** What the debtor pays: principal plus interest. */
    public Money amount() {
        return principal.plus(interest);
    }

    public boolean isDownPayment() {
        return number == 0;
    }
}
