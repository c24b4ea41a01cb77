package io.arrears.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Early-warning risk score (seed 000, type 8: detect chronic late payers early): the sum of capped,
 * non-negative factor points, rounded half up to a whole number. Every factor only grows with its
 * measure, so more unpaid invoices, broken promises or excuses never lower the score. Stateless.
 */
public final class RiskScorer {

    private final RiskConfig config;
    private final SignalReader reader;

    public RiskScorer(RiskConfig config, SignalReader reader) {
        this.config = Objects.requireNonNull(config, "config");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The score without a drift assessment (the DRIFT factor earns nothing). */
    public RiskScore score(BehaviourSignals signals) {
        return score(signals, null);
    }

    /** The score with {@code drift} (the customer against their own history; null when not assessed) as a factor. */
    public RiskScore score(BehaviourSignals signals, DriftReport drift) {
        Objects.requireNonNull(signals, "signals");
        Map<Signal, Double> values = reader.readAll(signals);
        List<RiskFactor> factors = new ArrayList<>();
        factors.add(factor(RiskFactor.Kind.UNPAID_INVOICES, signals.unpaidInvoices(),
                signals.unpaidInvoices() + " unpaid invoices"));
        double ratio = values.get(Signal.OPEN_BALANCE_RATIO);
        factors.add(factor(RiskFactor.Kind.OPEN_BALANCE, ratio,
                "open balance " + signals.openBalance() + " = " + Numbers.plain(ratio) + " x threshold"));
        Double trend = values.get(Signal.DAYS_LATE_TREND);
        factors.add(trend == null
                ? factor(RiskFactor.Kind.DAYS_LATE_TREND, 0, "fewer than " + SignalReader.MIN_PAID_FOR_TREND
                        + " paid invoices: no trend yet")
                : factor(RiskFactor.Kind.DAYS_LATE_TREND, Math.max(0, trend),
                        "recent payments " + Numbers.plain(trend) + " days " + (trend > 0 ? "slower" : "faster (no points)")
                                + " than earlier"));
        factors.add(factor(RiskFactor.Kind.BROKEN_PROMISES, signals.promisesBroken(),
                signals.promisesBroken() + " of " + signals.promisesMade() + " promises broken"));
        factors.add(factor(RiskFactor.Kind.EXCUSES, signals.excusesTotal(),
                signals.excusesTotal() + " excuses logged, " + signals.repeatedExcuses() + " of them repeats"));
        factors.add(signals.externalCreditScore().isPresent()
                ? factor(RiskFactor.Kind.EXTERNAL_SCORE, (100 - signals.externalCreditScore().getAsInt()) / 100.0,
                        "external credit score " + signals.externalCreditScore().getAsInt() + "/100")
                : factor(RiskFactor.Kind.EXTERNAL_SCORE, 0, "no external credit score"));
        factors.add(drift == null ? factor(RiskFactor.Kind.DRIFT, 0, "drift not assessed")
                : drift.drifting() ? factor(RiskFactor.Kind.DRIFT, drift.reasons().size(), "departs from own history: "
                        + String.join("; ", drift.reasons().stream().map(DriftReport.Reason::toString).toList()))
                : factor(RiskFactor.Kind.DRIFT, 0, drift.note().isEmpty() ? "in line with own history" : drift.note()));
        double total = factors.stream().mapToDouble(RiskFactor::points).sum();
        return new RiskScore((int) Math.min(100, Numbers.round(total, 0)), factors);
    }

    private RiskFactor factor(RiskFactor.Kind kind, double measure, String detail) {
        RiskConfig.Weight weight = config.factors().get(kind);
        double points = Math.min(weight.maxPoints(), measure * weight.pointsPerUnit());
        return new RiskFactor(kind, measure, points, weight.maxPoints(), detail);
    }
}
