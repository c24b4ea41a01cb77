package io.arrears.rest.internal.worklist;

import io.arrears.api.profile.CustomerProfile;
import io.arrears.api.profile.ProfileService;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Risk score, behaviour type in force, its playbook's tone and contact cadence from the profile
 * service. The playbook summary gives the cadence only as text ("every 7 days by CALL"): its days
 * are read from it, and the worklist's default applies when the text does not say.
 */
final class ProfilePart implements SignalPart {

    private static final Pattern EVERY_DAYS = Pattern.compile("every (\\d+) days?");

    private final ProfileService profiles;

    ProfilePart(ProfileService profiles) {
        this.profiles = profiles;
    }

    /**
     * Customer by customer: the profile service recomputes each profile from the current data (its stored snapshots
     * hold only what the last read saw), so there is no bulk read that gives the same figures.
     */
    @Override
    public void addAll(Map<String, CustomerSignals> signals, LocalDate asOf) {
        signals.replaceAll(this::add);
    }

    private CustomerSignals add(String customerId, CustomerSignals signals) {
        Optional<CustomerProfile> profile = profiles.profile(customerId, "en");
        if (profile.isEmpty()) {
            return signals;
        }
        CustomerProfile p = profile.get();
        return signals.withProfile(OptionalInt.of(p.risk().score()), Optional.of(p.type().name()),
                Optional.of(p.playbook().tone()), cadenceDays(p.playbook().cadence()));
    }

    static OptionalInt cadenceDays(String cadence) {
        Matcher days = EVERY_DAYS.matcher(cadence == null ? "" : cadence);
        return days.find() ? OptionalInt.of(Math.max(1, Integer.parseInt(days.group(1)))) : OptionalInt.empty();
    }
}
