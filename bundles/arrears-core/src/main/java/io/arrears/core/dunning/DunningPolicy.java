package io.arrears.core.dunning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dunning policy: a ladder of levels plus the rules on when a debtor may be contacted.
 * Built by {@link DunningPolicyLoader} from JSON, which validates it; the constructor re-checks
 * the invariants the engine relies on.
 *
 * @param levels                     strictly increasing by number and by day
 * @param minimumIntervalBetweenContacts frequency cap per customer
 * @param quietHours                 in the debtor's local time
 * @param contactDays                holiday and weekend rule
 * @param runTime                    time of day the scheduled run starts, in {@code runZone}
 * @param runZone                    zone of {@code runTime}
 */
public record DunningPolicy(
        List<DunningLevel> levels,
        Duration minimumIntervalBetweenContacts,
        QuietHours quietHours,
        ContactDays contactDays,
        LocalTime runTime,
        ZoneId runZone) {

    public DunningPolicy {
        levels = List.copyOf(levels);
        Objects.requireNonNull(minimumIntervalBetweenContacts, "minimumIntervalBetweenContacts");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(contactDays, "contactDays");
        Objects.requireNonNull(runTime, "runTime");
        Objects.requireNonNull(runZone, "runZone");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a dunning policy needs at least one level");
        }
        if (minimumIntervalBetweenContacts.isNegative()) {
            throw new IllegalArgumentException("minimumIntervalBetweenContacts is negative: " + minimumIntervalBetweenContacts);
        }
        for (int i = 1; i < levels.size(); i++) {
            DunningLevel before = levels.get(i - 1);
            DunningLevel level = levels.get(i);
            if (level.number() <= before.number()) {
                throw new IllegalArgumentException("levels[" + i + "].number " + level.number()
                        + " must be greater than levels[" + (i - 1) + "].number " + before.number()
                        + " (levels are strictly ordered, numbers unique)");
            }
            if (level.daysFromDue() <= before.daysFromDue()) {
                throw new IllegalArgumentException("levels[" + i + "].daysFromDue " + level.daysFromDue()
                        + " must be greater than levels[" + (i - 1) + "].daysFromDue " + before.daysFromDue()
                        + " (levels are strictly ordered in time)");
            }
        }
    }

    /** The first level whose number is above {@code lastNoticeLevel}; empty after the final level. */
    public Optional<DunningLevel> levelAfter(int lastNoticeLevel) {
        return levels.stream().filter(l -> l.number() > lastNoticeLevel).findFirst();
    }

    public Optional<DunningLevel> level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst();
    }

    public DunningLevel firstLevel() {
        return levels.get(0);
    }

    /** When the scheduled run after {@code after} starts (for the scheduler, not the engine). */
    public Instant nextRunAfter(Instant after) {
        ZonedDateTime local = after.atZone(runZone);
        ZonedDateTime run = local.toLocalDate().atTime(runTime).atZone(runZone);
        if (!run.toInstant().isAfter(after)) {
            run = local.toLocalDate().plusDays(1).atTime(runTime).atZone(runZone);
        }
        return run.toInstant();
    }
}
