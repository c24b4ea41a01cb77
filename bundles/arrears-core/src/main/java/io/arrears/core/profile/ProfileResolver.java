package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which behaviour type is in force: the suggestion, or a collector's override for as long as
 * the evidence has not changed materially (see {@link OverrideReleasePolicy}). Pure logic, stateless.
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
        List<String> changes = materialChanges(suggestion, o);
        if (changes.isEmpty()) {
            return new EffectiveProfile(o.type(), EffectiveProfile.Source.OVERRIDDEN,
                    "overridden to " + o.type() + " by " + o.overriddenBy() + " at " + o.at() + " (" + o.reason()
                            + "); evidence has not changed materially since", List.of());
        }
        return new EffectiveProfile(suggestion.type(), EffectiveProfile.Source.OVERRIDE_RELEASED,
                "override to " + o.type() + " by " + o.overriddenBy() + " released, evidence changed materially: "
                        + String.join("; ", changes) + "; now " + suggestion.summary(), changes);
    }

    private List<String> materialChanges(BehaviourSuggestion now, ProfileOverride o) {
        List<String> changes = new ArrayList<>();
        BehaviourType suggested = now.type();
        if (suggested.isKnown() && suggested != o.suggestedAtOverride() && suggested != o.type()
                && now.confidence() >= policy.minConfidence()) {
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
