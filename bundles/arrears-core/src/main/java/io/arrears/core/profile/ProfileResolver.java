package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which behaviour type is in force: the suggestion, or a collector's override for as long as
 * the evidence has not changed materially (see {@link OverrideReleasePolicy}). An override is never
 * released to UNKNOWN (thin evidence does not beat the collector's knowledge), and a suggestion equal
 * to the overridden type keeps the override. Pure logic, stateless.
 */
public final class ProfileResolver {

    private final OverrideReleasePolicy policy;

    public ProfileResolver(OverrideReleasePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public EffectiveProfile resolve(BehaviourSuggestion suggestion, Optional<ProfileOverride> override) {
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(override, "override (use Optional.empty())");
        if (override.isEmpty()) {
            return new EffectiveProfile(suggestion.type(), EffectiveProfile.Source.SUGGESTED,
                    "suggested: " + suggestion.summary(), List.of());
        }
        ProfileOverride o = override.get();
        String overridden = "overridden to " + o.type() + " by " + o.overriddenBy() + " at " + o.at() + " (" + o.reason() + ")";
        // a collector's judgement gives way to a clear other suggestion only, never to "don't know"
        if (!suggestion.type().isKnown()) {
            return kept(o, overridden + "; the evidence now suggests no type (" + suggestion.summary() + ")");
        }
        if (suggestion.type() == o.type()) {
            return kept(o, overridden + "; the suggestion now agrees");
        }
        List<String> changes = materialChanges(suggestion, o);
        if (changes.isEmpty()) {
            return kept(o, overridden + "; evidence has not changed materially since");
        }
        return new EffectiveProfile(suggestion.type(), EffectiveProfile.Source.OVERRIDE_RELEASED,
                "override to " + o.type() + " by " + o.overriddenBy() + " released, evidence changed materially: "
                        + String.join("; ", changes) + "; now " + suggestion.summary(), changes);
    }

    private static EffectiveProfile kept(ProfileOverride o, String why) {
        return new EffectiveProfile(o.type(), EffectiveProfile.Source.OVERRIDDEN, why, List.of());
    }

    private List<String> materialChanges(BehaviourSuggestion now, ProfileOverride o) {
        List<String> changes = new ArrayList<>();
        BehaviourType suggested = now.type();
        if (suggested != o.suggestedAtOverride() && now.confidence() >= policy.minConfidence()) {
            changes.add("suggestion changed from " + o.suggestedAtOverride() + " to " + suggested + " with confidence "
                    + now.confidence() + " >= " + policy.minConfidence());
        }
        for (Map.Entry<Signal, Double> limit : policy.signalChanges().entrySet()) {
            Signal signal = limit.getKey();
            Double before = o.signalsAtOverride().get(signal);
            Double after = now.signalValues().get(signal);
            if (before != null && after != null && Math.abs(after - before) >= limit.getValue()) {
                changes.add(signal + " moved from " + Numbers.plain(before) + " to "
                        + Numbers.plain(after) + " (material change: " + Numbers.plain(limit.getValue()) + ")");
            }
        }
        return changes;
    }
}
