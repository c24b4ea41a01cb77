package io.arrears.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Flags a debtor departing from their own history (seed 004: "is this lateness unusual for this
 * customer?"): payments slower than before, more excuses, fewer answers, a first broken promise.
 * Compares two windows of the same debtor, an earlier one (the history) and a recent one; rates and
 * averages are compared, never raw counts, so the windows may differ in length. Stateless.
 */
public final class DriftDetector {

    private final DriftConfig config;
    private final SignalReader reader;

    public DriftDetector(DriftConfig config, SignalReader reader) {
        this.config = Objects.requireNonNull(config, "config");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public DriftReport detect(BehaviourSignals earlier, BehaviourSignals recent) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(recent, "recent");
        if (earlier.observations() < config.minEarlierObservations()) {
            return new DriftReport(List.of(), "no history to compare: " + earlier.observations()
                    + " earlier observations, at least " + config.minEarlierObservations() + " needed");
        }
        List<DriftReport.Reason> reasons = new ArrayList<>();
        increase(reasons, Signal.AVG_DAYS_LATE.name(), read(Signal.AVG_DAYS_LATE, earlier),
                read(Signal.AVG_DAYS_LATE, recent), config.daysLateIncrease());
        increase(reasons, Signal.AVG_DAYS_TO_PAY_AFTER_REMINDER.name(),
                read(Signal.AVG_DAYS_TO_PAY_AFTER_REMINDER, earlier),
                read(Signal.AVG_DAYS_TO_PAY_AFTER_REMINDER, recent), config.daysToPayAfterReminderIncrease());
        increase(reasons, "EXCUSES_PER_CONTACT", OptionalDouble.of(excusesPerContact(earlier)),
                OptionalDouble.of(excusesPerContact(recent)), config.excusesPerContactIncrease());
        OptionalDouble answeredBefore = read(Signal.RESPONSE_RATE, earlier);
        OptionalDouble answeredNow = read(Signal.RESPONSE_RATE, recent);
        if (answeredBefore.isPresent() && answeredNow.isPresent()
                && answeredBefore.getAsDouble() - answeredNow.getAsDouble() >= config.responseRateDrop()) {
            reasons.add(new DriftReport.Reason(Signal.RESPONSE_RATE.name(), answeredBefore.getAsDouble(),
                    answeredNow.getAsDouble(), "down by at least " + Numbers.plain(config.responseRateDrop())));
        }
        if (config.flagFirstBrokenPromise() && earlier.promisesBroken() == 0 && recent.promisesBroken() > 0) {
            reasons.add(new DriftReport.Reason(Signal.PROMISES_BROKEN.name(), 0, recent.promisesBroken(),
                    "first broken promise: none in the history"));
        }
        return new DriftReport(reasons, "");
    }

    private OptionalDouble read(Signal signal, BehaviourSignals signals) {
        return reader.read(signal, signals);
    }

    private static void increase(List<DriftReport.Reason> reasons, String measure, OptionalDouble before,
                                 OptionalDouble now, double threshold) {
        if (before.isPresent() && now.isPresent() && now.getAsDouble() - before.getAsDouble() >= threshold) {
            reasons.add(new DriftReport.Reason(measure, before.getAsDouble(), now.getAsDouble(),
                    "up by at least " + Numbers.plain(threshold)));
        }
    }

    /** Excuses per contact attempted; a window without contacts counts its excuses per one contact. */
    private static double excusesPerContact(BehaviourSignals s) {
        return (double) s.excusesTotal() / Math.max(1, s.contactsAttempted());
    }
}
