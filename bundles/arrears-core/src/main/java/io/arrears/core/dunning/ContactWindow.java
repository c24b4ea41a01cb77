package io.arrears.core.dunning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The earliest instant a debtor may be contacted: after the frequency cap, outside the quiet hours
 * in the debtor's zone, and not on a weekend day or public holiday of the debtor's country when the
 * policy says so.
 */
final class ContactWindow {

    /** A year of closed days would be a policy error, not a reason to loop forever. */
    private static final int MAX_STEPS = 800;

    record Timing(Instant notBefore, List<String> waits) {

        Timing {
            waits = List.copyOf(waits);
        }

        boolean deferred() {
            return !waits.isEmpty();
        }
    }

    private ContactWindow() {
    }

    static Timing earliest(DunningPolicy policy, DebtorFacts debtor, Instant now, HolidayCalendar holidays) {
        ZoneId zone = debtor.zone();
        List<String> waits = new ArrayList<>();
        Instant at = now;
        if (debtor.lastContact().isPresent()) {
            Instant capEnds = debtor.lastContact().get().plus(policy.minimumIntervalBetweenContacts());
            if (capEnds.isAfter(at)) {
                waits.add("frequency cap: last contact " + debtor.lastContact().get().atZone(zone).toOffsetDateTime()
                        + ", at most one contact per " + policy.minimumIntervalBetweenContacts().toDays() + " days");
                at = capEnds;
            }
        }
        boolean movedPastClosedDay = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            ZonedDateTime local = at.atZone(zone);
            LocalDate date = local.toLocalDate();
            Optional<String> closed = closedDay(policy.contactDays(), debtor.country(), date, holidays);
            if (closed.isPresent()) {
                waits.add(date + " is " + closed.get() + " in " + debtor.country());
                at = date.plusDays(1).atStartOfDay(zone).toInstant();
                movedPastClosedDay = true;
                continue;
            }
            LocalDateTime allowed = policy.quietHours().nextAllowed(local.toLocalDateTime());
            if (!allowed.equals(local.toLocalDateTime())) {
                if (!movedPastClosedDay) {
                    waits.add(local.toLocalTime().withNano(0) + " is within the quiet hours " + policy.quietHours()
                            + " in " + zone);
                }
                at = allowed.atZone(zone).toInstant();
                continue;
            }
            return new Timing(at, waits);
        }
        throw new IllegalStateException("the dunning policy leaves no contact day for country " + debtor.country()
                + " after " + now + ": check contactDays");
    }

    private static Optional<String> closedDay(ContactDays rule, String country, LocalDate date, HolidayCalendar holidays) {
        DayOfWeek day = date.getDayOfWeek();
        if (rule.skipWeekends() && rule.weekendOf(country).contains(day)) {
            return Optional.of("a weekend day (" + day + ")");
        }
        if (rule.skipPublicHolidays()) {
            return holidays.publicHoliday(country, date).map(name -> "a public holiday (" + name + ")");
        }
        return Optional.empty();
    }

    static String describe(Timing timing, ZoneId zone) {
        return "deferred until " + timing.notBefore().atZone(zone).toOffsetDateTime() + ": " + String.join("; ", timing.waits());
    }
}
