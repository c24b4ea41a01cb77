package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;
import java.util.Objects;
import java.util.Optional;

/**
 * The negotiation limits that apply to one customer, and which row they come from.
 *
 * @param segment    the customer's segment, empty when the master data names none
 * @param segmentRow true when the (type, segment) row applies, false when the type's own row does
 */
public record AppliedGuardrails(BehaviourType type, Optional<String> segment, boolean segmentRow, Guardrails limits) {

    public AppliedGuardrails {
        Objects.requireNonNull(type, "type");
        segment = segment == null ? Optional.empty() : segment;
        Objects.requireNonNull(limits, "limits");
        if (segmentRow && segment.isEmpty()) {
            throw new IllegalArgumentException("a segment row needs a segment");
        }
    }

    /** The type's own row, for a customer without a segment. */
    public static AppliedGuardrails ofType(BehaviourType type, Guardrails limits) {
        return new AppliedGuardrails(type, Optional.empty(), false, limits);
    }

    /** E.g. "STRUGGLING / key-account" or "STRUGGLING (no row for segment micro)". */
    public String row() {
        if (segmentRow) {
            return type + " / " + segment.orElseThrow();
        }
        return segment.map(s -> type + " (no row for segment " + s + ")").orElse(type + " (no segment)");
    }

    /** The verdict on {@code offer}, each reason naming the row it was judged by. */
    public GuardrailDecision check(Offer offer) {
        GuardrailDecision decision = limits.check(offer);
        return new GuardrailDecision(decision.needsManagerApproval(),
                decision.reasons().stream().map(r -> r + " [guardrails " + row() + "]").toList());
    }
}
