package io.arrears.rest.internal.profile;

import io.arrears.api.profile.CustomerProfile;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET customers/{id}/profile}: the type in force, the suggestion with its explanation, risk, drift, playbook, the
 * segment (null when the ERP names none) and the external credit score (null when none was recorded).
 */
public record ProfileJson(String customerId, String type, String source, String why, String suggestedType, double confidence,
        List<ExplanationJson> explanation, OverrideJson override, RiskJson risk, DriftJson drift, PlaybookJson playbook,
        Instant computedAt, PreviousJson previous, String segment, CreditScoreJson creditScore) {

    /** The external credit score in force: 0 worst .. 100 best, who scored and when. */
    public record CreditScoreJson(int score, String source, java.time.LocalDate asOf) {
    }

    public record ExplanationJson(String signal, double value, String rule, String why) {
    }

    public record OverrideJson(String type, String reason, String by, Instant at) {
    }

    public record RiskJson(int score, List<FactorJson> factors) {
    }

    public record FactorJson(String factor, double points, String detail) {
    }

    /** {@code nextDueDate}: the earliest due date still ahead (null when none): act on a drift flag before it. */
    public record DriftJson(boolean flagged, List<String> reasons, java.time.LocalDate nextDueDate) {
    }

    public record PlaybookJson(String tone, List<String> channels, String cadence, List<String> offers, List<String> talkingPoints,
            String escalationSpeed) {
    }

    /** The profile stored before the current one ("changed since"). */
    public record PreviousJson(String type, String suggestedType, int riskScore, Instant computedAt) {
    }

    static ProfileJson of(CustomerProfile p) {
        CustomerProfile.PlaybookSummary b = p.playbook();
        return new ProfileJson(p.customerId(), p.type().name(), p.source(), p.why(), p.suggestedType().name(), p.confidence(),
                p.explanation().stream().map(e -> new ExplanationJson(e.signal(), e.value(), e.rule(), e.why())).toList(),
                p.override().map(o -> new OverrideJson(o.type().name(), o.reason(), o.by(), o.at())).orElse(null),
                new RiskJson(p.risk().score(), p.risk().factors().stream()
                        .map(f -> new FactorJson(f.factor(), f.points(), f.detail())).toList()),
                new DriftJson(p.drift().flagged(), p.drift().reasons(), p.drift().nextDueDate().orElse(null)),
                new PlaybookJson(b.tone(), b.channels(), b.cadence(), b.offers(), b.talkingPoints(), b.escalationSpeed()),
                p.computedAt(),
                p.previous().map(v -> new PreviousJson(v.type().name(), v.suggestedType().name(), v.riskScore(), v.computedAt()))
                        .orElse(null),
                p.segment().orElse(null),
                p.creditScore().map(c -> new CreditScoreJson(c.score(), c.source(), c.asOf())).orElse(null));
    }
}
