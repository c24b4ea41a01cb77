package io.arrears.core.ledger;

import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.PaymentTrend;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** Average days-to-pay of the last N paid claims against the N before them. */
public final class PaymentTrendCalculator {

    private final PaymentTrendPolicy policy;

    public PaymentTrendCalculator(PaymentTrendPolicy policy) {
        this.policy = policy;
    }

    public PaymentTrend trend(String customerId, List<ItemBalance> balances) {
        List<PaidClaim> paid = PaymentHistory.paidClaims(balances);
        int n = policy.window();
        int recentFrom = Math.max(0, paid.size() - n);
        int previousFrom = Math.max(0, recentFrom - n);
        Optional<PaymentTrend.Window> recent = window(paid.subList(recentFrom, paid.size()));
        Optional<PaymentTrend.Window> previous = window(paid.subList(previousFrom, recentFrom));
        boolean slowing = recent.isPresent() && previous.isPresent()
                && recent.get().count() >= policy.minimumPerWindow()
                && previous.get().count() >= policy.minimumPerWindow()
                && recent.get().averageDaysToPay().subtract(previous.get().averageDaysToPay())
                        .compareTo(policy.slowingThresholdDays()) > 0;
        return new PaymentTrend(customerId, n, recent, previous, policy.slowingThresholdDays(), slowing);
    }

    private static Optional<PaymentTrend.Window> window(List<PaidClaim> claims) {
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PaymentTrend.Window(claims.size(),
                average(claims, PaidClaim::daysToPay), average(claims, PaidClaim::daysBeyondTerms)));
    }

    private static BigDecimal average(List<PaidClaim> claims, ToLongFunction<PaidClaim> days) {
        long sum = claims.stream().mapToLong(days).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(claims.size()), 1, RoundingMode.HALF_UP);
    }
}
