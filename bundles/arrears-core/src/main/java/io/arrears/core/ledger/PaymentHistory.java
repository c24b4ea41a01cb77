package io.arrears.core.ledger;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The paid invoices and instalments of a customer, for the call sheet and the payment trend.
 * Claims settled by credit notes alone say nothing about paying habits and are left out, as are
 * fees and interest.
 */
public final class PaymentHistory {

    private PaymentHistory() {
    }

    /** Paid claims ordered by paid date (then due date, then id), oldest first. */
    public static List<PaidClaim> paidClaims(List<ItemBalance> balances) {
        return balances.stream()
                .filter(b -> b.status() == ItemStatus.PAID)
                .filter(b -> b.item().kind() == ItemKind.INVOICE || b.item().kind() == ItemKind.INSTALMENT)
                .filter(b -> b.allocations().stream().anyMatch(a -> a.source() == AllocationSource.PAYMENT))
                .map(PaymentHistory::paid)
                .sorted(Comparator.comparing(PaidClaim::paidDate)
                        .thenComparing(p -> p.item().dueDate())
                        .thenComparing(p -> p.item().id()))
                .toList();
    }

    private static PaidClaim paid(ItemBalance balance) {
        LocalDate paidDate = balance.allocations().stream().map(Allocation::valueDate).max(LocalDate::compareTo)
                .orElseThrow();
        return new PaidClaim(balance.item(), paidDate,
                ChronoUnit.DAYS.between(balance.item().issueDate(), paidDate),
                ChronoUnit.DAYS.between(balance.item().dueDate(), paidDate));
    }
}
