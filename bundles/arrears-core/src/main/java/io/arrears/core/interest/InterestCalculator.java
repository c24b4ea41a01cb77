package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Simple statutory interest on the declining balance of one overdue claim.
 *
 * <p>Day convention (the same for every jurisdiction, stated here once):
 * <ul>
 *   <li>interest runs from the day <b>after</b> the due date (§ 288 with § 187(1) BGB; Directive 2011/7/EU art. 3(3)(a);
 *       UK Act s.4(2) "the day after the relevant day"; PL "od dnia następującego po dniu wymagalności");</li>
 *   <li>a payment stops interest on the paid part <b>from the payment day itself</b>: the day money is received is not
 *       a day of delay for that money (German practice: "der Tag des Zahlungseingangs zählt nicht mit");</li>
 *   <li>the as-of date is included: interest is accrued up to and including it.</li>
 * </ul>
 * So day d (due &lt; d &le; asOf) bears interest on principal minus all payments dated on or before d, at the rate of
 * d's half-year, divided by the jurisdiction's days-in-year. All arithmetic in {@link MathContext#DECIMAL128}; the
 * total is rounded once at the end.
 */
public final class InterestCalculator {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JurisdictionRules rules;
    private final RateTable table;

    public InterestCalculator(JurisdictionRules rules, RateTable table) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The shipped rules with the bundled rate table. */
    public static InterestCalculator bundled(Jurisdiction jurisdiction) {
        return new InterestCalculator(StatutoryRules.of(jurisdiction), RateTable.bundled(jurisdiction));
    }

    public JurisdictionRules rules() {
        return rules;
    }

    public InterestComputation compute(OverdueClaim claim, List<PartialPayment> payments, LocalDate asOf) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(asOf, "asOf");
        List<PartialPayment> sorted = validated(claim, payments, asOf);

        LocalDate first = claim.dueDate().plusDays(1);
        if (asOf.isBefore(first)) {
            return new InterestComputation(Money.zero(claim.principal().currency()), BigDecimal.ZERO, List.of());
        }

        // segment starts: every day on which balance, rate, margin or days-in-year may change
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(first);
        for (PartialPayment p : sorted) {
            starts.add(p.date());
        }
        for (HalfYear h = HalfYear.of(first).next(); !h.firstDay().isAfter(asOf); h = h.next()) {
            starts.add(h.firstDay()); // 1 Jan is also the ACT/ACT year boundary
        }
        starts.addAll(rules.marginChangeDates());
        List<LocalDate> bounds = starts.subSet(first, true, asOf, true).stream().toList();

        List<InterestSegment> segments = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate from = bounds.get(i);
            LocalDate to = i + 1 < bounds.size() ? bounds.get(i + 1).minusDays(1) : asOf;
            BigDecimal balance = balanceOn(claim, sorted, from);
            if (balance.signum() == 0) {
                continue;
            }
            RateRow reference = rules.fixing().fix(table, HalfYear.of(from));
            BigDecimal annual = rules.annualRatePercent(reference.ratePercent(), from);
            int daysInYear = rules.dayCount().daysInYear(from);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            BigDecimal interest = balance.multiply(annual, MC)
                    .multiply(BigDecimal.valueOf(days), MC)
                    .divide(HUNDRED.multiply(BigDecimal.valueOf(daysInYear)), MC);
            segments.add(new InterestSegment(from, to, days, balance, reference, annual, daysInYear, interest));
            total = total.add(interest, MC);
        }
        return new InterestComputation(Money.rounded(total, claim.principal().currency()), total, segments);
    }

    private static BigDecimal balanceOn(OverdueClaim claim, List<PartialPayment> payments, LocalDate day) {
        BigDecimal balance = claim.principal().amount();
        for (PartialPayment p : payments) {
            if (!p.date().isAfter(day)) {
                balance = balance.subtract(p.amount().amount());
            }
        }
        return balance;
    }

    private static List<PartialPayment> validated(OverdueClaim claim, List<PartialPayment> payments, LocalDate asOf) {
        Money paid = Money.zero(claim.principal().currency());
        for (PartialPayment p : payments) {
            if (!p.amount().currency().equals(claim.principal().currency())) {
                throw new IllegalArgumentException("payment on " + p.date() + " is in " + p.amount().currencyCode()
                        + " but claim " + claim.invoiceReference() + " is in " + claim.principal().currencyCode() + ": convert it in the ledger first");
            }
            if (p.date().isAfter(asOf)) {
                throw new IllegalArgumentException("payment on " + p.date() + " is after the as-of date " + asOf + " of claim " + claim.invoiceReference());
            }
            paid = paid.plus(p.amount());
        }
        if (paid.compareTo(claim.principal()) > 0) {
            throw new IllegalArgumentException("payments of " + paid + " exceed the principal " + claim.principal() + " of claim "
                    + claim.invoiceReference() + ": over-payments must be applied in the ledger before computing interest");
        }
        return payments.stream().sorted(Comparator.comparing(PartialPayment::date)).toList();
    }
}
