package io.arrears.api.profile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's behaviour profile as the collector sees it.
 *
 * @param type          the type in force: the collector's override while it is respected, else the suggestion
 * @param source        SUGGESTED, OVERRIDDEN or OVERRIDE_RELEASED (an override the evidence has since overtaken)
 * @param why           one sentence on where {@code type} comes from
 * @param suggestedType what the observable signals suggest (UNKNOWN on thin evidence)
 * @param confidence    0..1 of the suggestion (0 for UNKNOWN)
 * @param explanation   the rules that fired for the suggestion
 * @param override      the active override, if any
 * @param previous      the snapshot stored before this one, to show what changed since
 * @param segment       the customer's segment from the ERP master data (it picks the negotiation guardrails)
 * @param creditScore   the external credit score in force, if one was recorded
 */
public record CustomerProfile(
        String customerId,
        BehaviourType type,
        String source,
        String why,
        BehaviourType suggestedType,
        double confidence,
        List<ExplanationLine> explanation,
        Optional<OverrideInfo> override,
        Risk risk,
        Drift drift,
        PlaybookSummary playbook,
        Instant computedAt,
        Optional<Previous> previous,
        Optional<String> segment,
        Optional<CreditScoreInfo> creditScore) {

    public CustomerProfile {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(suggestedType, "suggestedType");
        explanation = List.copyOf(explanation);
        override = override == null ? Optional.empty() : override;
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(computedAt, "computedAt");
        previous = previous == null ? Optional.empty() : previous;
        segment = segment == null ? Optional.empty() : segment;
        creditScore = creditScore == null ? Optional.empty() : creditScore;
    }

    /** The external credit score in force: score, who scored and when. */
    public record CreditScoreInfo(int score, String source, java.time.LocalDate asOf) {
    }

    /** One rule of the explanation: signal, observed value, the rule that fired (with its weight) and why it matters. */
    public record ExplanationLine(String signal, double value, String rule, String why) {
    }

    /** A collector's override. */
    public record OverrideInfo(BehaviourType type, String reason, String by, Instant at) {
    }

    /** Early-warning risk 0..100 and what it is made of. */
    public record Risk(int score, List<RiskLine> factors) {
        public Risk {
            factors = List.copyOf(factors);
        }
    }

    /** One factor of the risk score. */
    public record RiskLine(String factor, double points, String detail) {
    }

    /**
     * Whether the customer departs from their own history, and how.
     *
     * @param nextDueDate the earliest due date still ahead among the open items: the flag is there to act before it
     */
    public record Drift(boolean flagged, List<String> reasons, Optional<java.time.LocalDate> nextDueDate) {
        public Drift {
            reasons = List.copyOf(reasons);
            nextDueDate = nextDueDate == null ? Optional.empty() : nextDueDate;
        }

        public Drift(boolean flagged, List<String> reasons) {
            this(flagged, reasons, Optional.empty());
        }
    }

    /** The playbook of the type in force; talking points in the requested language (else English). */
    public record PlaybookSummary(String tone, List<String> channels, String cadence, List<String> offers,
            List<String> talkingPoints, String escalationSpeed) {
        public PlaybookSummary {
            channels = List.copyOf(channels);
            offers = List.copyOf(offers);
            talkingPoints = List.copyOf(talkingPoints);
        }
    }

    /** What the profile was at the snapshot before the current one. */
    public record Previous(BehaviourType type, BehaviourType suggestedType, int riskScore, Instant computedAt) {
    }
}
