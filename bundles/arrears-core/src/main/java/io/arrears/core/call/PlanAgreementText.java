package io.arrears.core.call;

import io.arrears.api.ledger.Customer;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import java.util.Objects;

/**
 * The written agreement of a payment plan: the schedule, with amounts and dates in the debtor's locale, and what
 * happens when an instalment is missed. English text, used when no letter renderer or creditor is configured (else
 * {@link PlanAgreementLetters} in the debtor's language); the formats follow the debtor's locale.
 */
public final class PlanAgreementText {

    private PlanAgreementText() {
    }

    public static String subject(PaymentPlan plan) {
        return "Payment plan " + plan.id() + ": our agreement";
    }

    public static String body(PaymentPlan plan, Customer customer) {
        Objects.requireNonNull(plan, "plan");
        LocalFormat format = new LocalFormat(customer.locale());
        StringBuilder text = new StringBuilder();
        text.append("Dear ").append(customer.name()).append(",\n\n");
        text.append("as agreed with ").append(plan.agreedBy()).append(" on ")
                .append(format.date(plan.terms().startDate())).append(", you will settle ")
                .append(format.money(plan.terms().total())).append(plan.terms().itemIds().isEmpty() ? "" : " (" + String.join(", ",
                        plan.terms().itemIds()) + ")").append(" in these payments:\n\n");
        for (Instalment i : plan.schedule()) {
            text.append(i.isDownPayment() ? "Down payment" : "Instalment " + i.number()).append(": ")
                    .append(format.money(i.amount())).append(" by ").append(format.date(i.dueDate()));
            if (i.interest().isPositive()) {
                text.append(" (including ").append(format.money(i.interest())).append(" interest)");
            }
            text.append('\n');
        }
        text.append("\nIn all: ").append(format.money(plan.totalPayable())).append(".\n\n");
        text.append("While the payments arrive on time we send no reminders. If a payment is more than ")
                .append(plan.terms().graceDays()).append(" days late, the plan ends and the whole remaining amount is due again.\n\n");
        text.append("Kind regards,\n").append(plan.agreedBy());
        return text.toString();
    }
}
