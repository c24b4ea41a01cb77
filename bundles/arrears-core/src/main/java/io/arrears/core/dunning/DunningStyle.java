package io.arrears.core.dunning;

import io.arrears.api.profile.BehaviourType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a customer's playbook shapes dunning: the behaviour type in force (passed to the proposal and chosen as the
 * letter variant) and the playbook's channel order. The policy decides which channels a level may use; the playbook
 * decides which of them comes first.
 */
public record DunningStyle(BehaviourType type, List<ContactChannel> preferredChannels) {

    /** No profile known: the level's own channel order and the general letter. */
    public static final DunningStyle NONE = new DunningStyle(BehaviourType.UNKNOWN, List.of());

    public DunningStyle {
        Objects.requireNonNull(type, "type");
        preferredChannels = List.copyOf(preferredChannels);
    }

    /** The level's channels, those the playbook prefers first in the playbook's order, then the rest as the level lists them. */
    public List<ContactChannel> order(List<ContactChannel> levelChannels) {
        List<ContactChannel> ordered = new ArrayList<>();
        for (ContactChannel preferred : preferredChannels) {
            if (levelChannels.contains(preferred) && !ordered.contains(preferred)) {
                ordered.add(preferred);
            }
        }
        levelChannels.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
