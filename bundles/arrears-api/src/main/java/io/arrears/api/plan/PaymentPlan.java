package io.arrears.api.plan;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * An agreed payment plan with its schedule. The schedule's principal parts add up to the total
 * exactly and its due dates strictly increase.
 *
 * @param agreedBy the collector (user id)
 */
public record PaymentPlan(String id, PlanTerms terms, List<Instalment> schedule, String agreedBy, Instant agreedAt) {

    public PaymentPlan {
        Checks.text(id, "PaymentPlan", "id");
        Checks.present(terms, "PaymentPlan", "terms");
        schedule = Checks.list(schedule, "PaymentPlan", "schedule");
        int expected = terms.instalments() + (terms.downPayment().isPresent() ? 1 : 0);
        if (schedule.size() != expected) {
            throw new IllegalArgumentException("PaymentPlan " + id + " has " + schedule.size() + " instalments, the terms need " + expected);
        }
        Money principal = Money.zero(terms.total().currency());
        for (int i = 0; i < schedule.size(); i++) {
            principal = principal.plus(schedule.get(i).principal());
            if (i > 0 && !schedule.get(i).dueDate().isAfter(schedule.get(i - 1).dueDate())) {
                throw new IllegalArgumentException("PaymentPlan " + id + ": instalment " + schedule.get(i).number() + " due "
                        + schedule.get(i).dueDate() + " is not after the one before, due " + schedule.get(i - 1).dueDate());
            }
        }
        if (principal.compareTo(terms.total()) != 0) {
            throw new IllegalArgumentException("PaymentPlan " + id + ": instalments repay " + principal + ", not the total " + terms.total());
        }
        Checks.text(agreedBy, "PaymentPlan", "agreedBy");
        Checks.present(agreedAt, "PaymentPlan", "agreedAt");
    }

    public String customerId() {
        return terms.customerId();
    }

    /** Principal plus plan interest: what the debtor pays in all. */
    public Money totalPayable() {
        return schedule.stream().map(Instalment::amount).reduce(Money::plus).orElseThrow();
    }

    public Money totalInterest() {
        return schedule.stream().map(Instalment::interest).reduce(Money::plus).orElseThrow();
    }
}
