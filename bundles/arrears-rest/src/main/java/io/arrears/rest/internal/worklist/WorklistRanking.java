package io.arrears.rest.internal.worklist;

import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.rest.internal.worklist.CustomerSignals.PromiseSignal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collector's queue order: priority = amount × risk × promise × cadence, each factor with the
 * reason it has its value, so every row can explain its place. Pure: the as-of date is an input.
 *
 * <ul>
 * <li>amount: 1 + log10(1 + largest overdue amount); currencies are compared at face value (no
 *     exchange rates), the logarithm keeps one huge invoice from hiding everything else</li>
 * <li>risk: 0.5 + score/100 (0.5 to 1.5); 1 when no profile scored the customer</li>
 * <li>promise: 0.2 while a promise is pending (do not chase before the date), 1.5 on its due day,
 *     2 once broken or overdue and unpaid</li>
 * <li>cadence: 0.3 while the playbook's days between contacts have not passed since the last
 *     contact, else 1 + lateness/cadence (at most 2); never contacted counts as due</li>
 * </ul>
 */
public final class WorklistRanking {

    /** Days between contacts when no playbook says otherwise. */
    public static final int DEFAULT_CADENCE_DAYS = 7;

    /** Highest priority first; equal priority: more days past due, then ERP id. */
    public static final Comparator<WorklistEntry> ORDER = Comparator.comparingDouble(WorklistEntry::priority).reversed()
            .thenComparing(Comparator.comparingLong((WorklistEntry e) -> e.account().maxDaysPastDue()).reversed())
            .thenComparing(e -> e.account().erpCustomerId());

    private WorklistRanking() {
    }

    /** The worklist entry of a customer with something overdue; empty when nothing is overdue. */
    public static Optional<WorklistEntry> rank(CustomerAccount account, CustomerSignals signals, LocalDate asOf) {
        Optional<CurrencyPosition> largest = account.positions().stream()
                .filter(p -> p.overdue().isPositive())
                .max(Comparator.comparing(p -> p.overdue().amount()));
        if (largest.isEmpty()) {
            return Optional.empty();
        }
        Factor amount = amount(largest.get());
        Factor risk = risk(signals);
        Factor promise = promise(signals.promise(), asOf);
        Factor cadence = cadence(signals, asOf);
        List<Factor> factors = List.of(amount, risk, promise, cadence);
        double priority = factors.stream().mapToDouble(Factor::weight).reduce(1, (a, b) -> a * b);
        NextAction next = nextAction(promise, cadence, signals, asOf);
        return Optional.of(new WorklistEntry(account, signals, Math.round(priority * 1000) / 1000.0, factors, next));
    }

    private static Factor amount(CurrencyPosition position) {
        BigDecimal overdue = position.overdue().amount();
        double weight = 1 + Math.log10(1 + overdue.doubleValue());
        return new Factor("amount", weight, params("amount", overdue.toPlainString(), "currency",
                position.currency().getCurrencyCode()),
                "largest overdue amount " + overdue.toPlainString() + " " + position.currency().getCurrencyCode());
    }

    private static Factor risk(CustomerSignals signals) {
        if (signals.riskScore().isEmpty()) {
            return new Factor("risk-unknown", 1, Map.of(), "no risk score yet");
        }
        int score = signals.riskScore().getAsInt();
        return new Factor("risk", 0.5 + score / 100.0, params("score", Integer.toString(score)), "risk score " + score + "/100");
    }

    private static Factor promise(Optional<PromiseSignal> promise, LocalDate asOf) {
        if (promise.isEmpty()) {
            return new Factor("no-promise", 1, Map.of(), "no open promise");
        }
        PromiseSignal p = promise.get();
        Map<String, String> params = params("date", p.promisedDate().toString(), "amount", p.amount().toPlainString(),
                "currency", p.currency());
        boolean broken = "BROKEN".equals(p.state()) || "PARTIALLY_KEPT".equals(p.state())
                || ("PENDING".equals(p.state()) && p.promisedDate().isBefore(asOf));
        if (broken) {
            return new Factor("promise-broken", 2, params, "promise of " + p.promisedDate() + " not kept");
        }
        if (p.promisedDate().equals(asOf)) {
            return new Factor("promise-due-today", 1.5, params, "promise due today");
        }
        return new Factor("promise-pending", 0.2, params, "promised to pay by " + p.promisedDate());
    }

    private static Factor cadence(CustomerSignals signals, LocalDate asOf) {
        int cadence = signals.cadenceDays().orElse(DEFAULT_CADENCE_DAYS);
        if (signals.lastContact().isEmpty()) {
            return new Factor("never-contacted", 2, params("cadence", Integer.toString(cadence)),
                    "no contact logged yet (cadence " + cadence + " days)");
        }
        long since = ChronoUnit.DAYS.between(signals.lastContact().get(), asOf);
        Map<String, String> params = params("days", Long.toString(since), "cadence", Integer.toString(cadence),
                "last", signals.lastContact().get().toString());
        if (since < cadence) {
            return new Factor("contact-too-soon", 0.3, params,
                    "last contact " + since + " days ago, cadence " + cadence + " days");
        }
        double weight = Math.min(2, 1 + (since - cadence) / (double) cadence);
        return new Factor("contact-due", weight, params, "last contact " + since + " days ago, cadence " + cadence + " days");
    }

    private static NextAction nextAction(Factor promise, Factor cadence, CustomerSignals signals, LocalDate asOf) {
        return switch (promise.code()) {
            case "promise-broken" -> new NextAction("FOLLOW_UP_BROKEN_PROMISE", asOf);
            case "promise-due-today" -> new NextAction("CHECK_PROMISED_PAYMENT", asOf);
            case "promise-pending" -> new NextAction("WAIT_FOR_PROMISE",
                    signals.promise().get().promisedDate().plusDays(1));
            default -> cadence.code().equals("contact-too-soon")
                    ? new NextAction("WAIT_FOR_CADENCE", signals.lastContact().get()
                            .plusDays(signals.cadenceDays().orElse(DEFAULT_CADENCE_DAYS)))
                    : new NextAction("CALL", asOf);
        };
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** One factor of the priority: a stable code the tab translates, its weight, its values and an English reason. */
    public record Factor(String code, double weight, Map<String, String> params, String text) {
        public Factor {
            weight = Math.round(weight * 1000) / 1000.0;
            params = Map.copyOf(params);
        }
    }

    /** What to do next with the customer and from when. */
    public record NextAction(String code, LocalDate from) {
    }

    /** A ranked customer. */
    public record WorklistEntry(CustomerAccount account, CustomerSignals signals, double priority, List<Factor> factors,
            NextAction next) {
    }
}
