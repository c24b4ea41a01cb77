package io.arrears.core.dunning;

import io.arrears.api.ledger.ContactRole;
import io.arrears.api.profile.BehaviourType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;

/**
 * How a customer's playbook shapes dunning: the behaviour type in force (passed to the proposal and chosen as the
 * letter variant) and the playbook's channel order. The policy decides which channels a level may use; the playbook
 * decides which of them comes first.
 */
public record DunningStyle(BehaviourType type, List<ContactChannel> preferredChannels, String escalationSpeed) {

    /** No profile known: the level's own channel order and the general letter. */
    public static final DunningStyle NONE = new DunningStyle(BehaviourType.UNKNOWN, List.of());

    public DunningStyle {
        Objects.requireNonNull(type, "type");
        preferredChannels = List.copyOf(preferredChannels);
        Objects.requireNonNull(escalationSpeed, "escalationSpeed");
    }

    /** The playbook's normal escalation speed: the level's recipients as the policy names them. */
    public DunningStyle(BehaviourType type, List<ContactChannel> preferredChannels) {
        this(type, preferredChannels, "NORMAL");
    }

    /**
     * The level's recipient roles as the playbook adjusts them: a FAST playbook (chronic late payers) addresses the role
     * above each of the level's roles first (accounts payable → decision maker → escalation contact); a SLOW or NONE
     * playbook (a plan being kept, reminders only) keeps the accounts-payable clerk first; NORMAL keeps the policy's order.
     */
    public List<ContactRole> recipients(List<ContactRole> levelRoles) {
        Set<ContactRole> ordered = new LinkedHashSet<>();
        switch (escalationSpeed) {
            case "FAST" -> levelRoles.forEach(r -> ordered.add(r == ContactRole.ACCOUNTS_PAYABLE ? ContactRole.DECISION_MAKER
                    : ContactRole.ESCALATION));
            case "SLOW", "NONE" -> ordered.add(ContactRole.ACCOUNTS_PAYABLE);
            default -> {
            }
        }
        ordered.addAll(levelRoles);
        return List.copyOf(ordered);
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
