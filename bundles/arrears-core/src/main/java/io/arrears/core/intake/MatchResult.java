package io.arrears.core.intake;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of matching one payment.
 *
 * @param rule   the rule that matched, or {@link MatchRule#UNMATCHED}
 * @param items  the matched open items (several only when the payer named several invoices whose
 *               residuals add up to the payment); empty when unmatched
 * @param reason why: which reference or number matched, or why nothing did ("ambiguous: ...")
 */
public record MatchResult(MatchRule rule, List<MatchCandidate> items, String reason) {

    public MatchResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        items = List.copyOf(items);
        if ((rule == MatchRule.UNMATCHED) != items.isEmpty()) {
            throw new IllegalArgumentException("a match has items, an unmatched result has none: " + rule + " " + items);
        }
    }

    static MatchResult matched(MatchRule rule, List<MatchCandidate> items, String reason) {
        return new MatchResult(rule, items, reason);
    }

    static MatchResult unmatched(String reason) {
        return new MatchResult(MatchRule.UNMATCHED, List.of(), reason);
    }

    public boolean isMatched() {
        return rule != MatchRule.UNMATCHED;
    }
}
