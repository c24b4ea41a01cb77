package io.arrears.core.escalation;

import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relationship value a manager weighs against the debt: invoiced revenue with the customer over the 24 months up
 * to a date, per currency. Invoices issued in the window count with their original amount (a paid invoice is revenue
 * too), credit notes issued in the window reduce it, cancelled documents count for nothing. Fees, interest and
 * instalments are not revenue.
 */
public final class RelationshipValue {

    public static final int MONTHS = 24;

    private RelationshipValue() {
    }

    /** The first day of the window ending on {@code asOf}: 24 months back, plus one day (both ends inclusive). */
    public static LocalDate windowStart(LocalDate asOf) {
        return asOf.minusMonths(MONTHS).plusDays(1);
    }

    public static List<Money> of(Ledger ledger, String customerId, LocalDate asOf) {
        LocalDate from = windowStart(asOf);
        Map<String, Money> byCurrency = new TreeMap<>();
        for (ItemBalance balance : ledger.balances(customerId)) {
            LocalDate issued = balance.item().issueDate();
            if (balance.status() == ItemStatus.CANCELLED || issued.isBefore(from) || issued.isAfter(asOf)) {
                continue;
            }
            Money amount = balance.item().amount();
            if (balance.item().kind() == ItemKind.INVOICE) {
                byCurrency.merge(amount.currencyCode(), amount, Money::plus);
            } else if (balance.item().kind() == ItemKind.CREDIT_NOTE) {
                byCurrency.merge(amount.currencyCode(), amount.negate(), Money::plus);
            }
        }
        return List.copyOf(byCurrency.values());
    }
}
