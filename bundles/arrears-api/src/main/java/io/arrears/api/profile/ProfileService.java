package io.arrears.api.profile;

import io.arrears.api.call.CallSheet;
import java.util.List;
import java.util.Optional;

/**
 * Behaviour profiles from the ledger, the contact log and the promises: classification with explanation, overrides,
 * early-warning risk score, drift, playbooks, the call preparation sheet, the excuse library, manager-editable
 * configuration and lessons learned. Every read recomputes from the current data and stores a new snapshot when
 * the inputs changed since the last one.
 */
public interface ProfileService {

    /**
     * The profile of a known customer, empty when the customer is unknown.
     *
     * @param language talking points in this language (ISO 639-1 or BCP 47), English when not translated
     */
    Optional<CustomerProfile> profile(String customerId, String language);

    /** The behaviour type in force (override or suggestion); UNKNOWN for an unknown customer. */
    BehaviourType effectiveType(String customerId);

    /**
     * Overrides the suggested type with a reason; logged in the contact log and kept until the evidence changes
     * materially. Empty when the customer is unknown.
     */
    Optional<CustomerProfile> override(String customerId, BehaviourType type, String reason, String by);

    /** Removes the override (logged); false when there was none. */
    boolean clearOverride(String customerId, String by);

    /** The call preparation sheet, empty when the customer is unknown. */
    Optional<CallSheet> callSheet(String customerId, String collectorLanguage);

    /** What to answer to an excuse of {@code category}; refuses an unknown category naming the known ones. */
    ExcuseAnswer excuseResponses(String category, String language);

    /** The configuration in force: the newest saved version, else the bundled default (version 0). */
    ConfigDocument config(ConfigKind kind);

    /**
     * Validates and saves a new version; an invalid document is refused with an {@link IllegalArgumentException}
     * naming the problem and nothing is saved.
     */
    ConfigDocument saveConfig(ConfigKind kind, String json, String by);

    /** The guardrails of every behaviour type (JSON object: type to guardrails), from the playbooks in force. */
    String guardrails();

    /**
     * Replaces the guardrails of the types named in {@code json} (type to guardrails; other types keep theirs) and
     * saves the playbooks as a new version; invalid input is an {@link IllegalArgumentException}, nothing saved.
     */
    ConfigDocument saveGuardrails(String json, String by);

    /** Records the lessons learned of a case closing now; empty when the customer is unknown. */
    Optional<CaseClosure> closeCase(String customerId, CaseLessons lessons, String by);

    /**
     * Records an external credit score (0 worst .. 100 best) with its source and date; logged in the contact log. The
     * newest by date feeds the classifier and the risk score from the next read on. Empty when the customer is unknown;
     * an invalid score, a blank source or a date in the future is an {@link IllegalArgumentException}.
     */
    Optional<CreditScore> recordCreditScore(String customerId, int score, String source, java.time.LocalDate asOf,
            String by);

    /** Effectiveness per behaviour type, playbook, channel and offer over every closed case. */
    List<Effectiveness> effectiveness();

    /**
     * Judges an offer a collector is about to make (discount, extension, plan, partial payment, waiver) against the
     * guardrails of the customer's type in force and segment. Beyond them, a caller who {@code mayApprove} (a manager)
     * approves it: the approval is logged in the contact log and named in the verdict. Empty when the customer is
     * unknown; an invalid offer is an {@link IllegalArgumentException}.
     */
    Optional<OfferVerdict> checkOffer(String customerId, OfferTerms offer, String by, boolean mayApprove);

    /**
     * An offer to judge.
     *
     * @param kind            INSTALMENT_PLAN, EXTENSION, PARTIAL_PAYMENT_TODAY, EARLY_PAYMENT_DISCOUNT, WAIVER, ...
     * @param debt            what the offer settles
     * @param firstInstalment first instalment or payment today; null for none
     */
    record OfferTerms(String kind, io.arrears.api.money.Money debt, int planMonths, io.arrears.api.money.Money firstInstalment,
            java.math.BigDecimal discountPercent, int extensionDays, boolean waivesFees, boolean waivesInterest) {
    }

    /**
     * The guardrails' verdict on an offer.
     *
     * @param guardrailsRow e.g. "STRUGGLING / key-account" or "STRUGGLING (no segment)"
     * @param approvedBy    the manager who approved an offer beyond the guardrails
     */
    record OfferVerdict(BehaviourType type, Optional<String> segment, String guardrailsRow, boolean needsManagerApproval,
            List<String> reasons, Optional<String> approvedBy) {
        public OfferVerdict {
            reasons = List.copyOf(reasons);
        }
    }

    /** The responses to one excuse category. */
    record ExcuseAnswer(String category, String requestedLanguage, String language, List<String> responses) {
        public ExcuseAnswer {
            responses = List.copyOf(responses);
        }
    }

    /** What the collector says when closing a case. */
    record CaseLessons(boolean satisfied, String wentWrong, String improve, String channel, String offer) {
    }
}
