package io.arrears.core.call;

import io.arrears.api.call.CallOutcome;
import io.arrears.core.profile.ExcuseCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of a call outcome (seed 004 "nail it down"):
 * <ul>
 *   <li>a promised payment needs a positive amount and a date that is not in the past (today is
 *       allowed: "a partial payment today" is a promise too), and no callback;</li>
 *   <li>a callback needs a date that is not in the past, and no amount or promised date;</li>
 *   <li>"no commitment" carries neither;</li>
 *   <li>an excuse, if given, is one of the {@link ExcuseCategory} names.</li>
 * </ul>
 * "Today" is the clock's date in the clock's zone.
 */
public final class CallOutcomeValidator {

    private CallOutcomeValidator() {
    }

    /** Every rule the outcome breaks; empty when it is valid. */
    public static List<String> problems(CallOutcome outcome, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        switch (outcome.kind()) {
            case FULL_PAYMENT_PROMISED, PARTIAL_PAYMENT_PROMISED -> {
                if (outcome.amount().isEmpty()) {
                    problems.add(outcome.kind() + " needs the amount promised");
                }
                outcome.amount().filter(a -> !a.isPositive())
                        .ifPresent(a -> problems.add("amount must be positive, was " + a));
                if (outcome.promisedDate().isEmpty()) {
                    problems.add(outcome.kind() + " needs the date the money will arrive");
                }
                outcome.promisedDate().filter(d -> d.isBefore(today))
                        .ifPresent(d -> problems.add("promisedDate " + d + " lies in the past (today is " + today + ")"));
                if (outcome.callbackDate().isPresent() || outcome.callbackTime().isPresent()) {
                    problems.add(outcome.kind() + " must not carry a callback: log the callback as its own outcome");
                }
            }
            case CALLBACK_SCHEDULED -> {
                if (outcome.callbackDate().isEmpty()) {
                    problems.add("CALLBACK_SCHEDULED needs the callback date chosen by the collector");
                }
                outcome.callbackDate().filter(d -> d.isBefore(today))
                        .ifPresent(d -> problems.add("callbackDate " + d + " lies in the past (today is " + today + ")"));
                noPromise(outcome, problems);
            }
            case NO_COMMITMENT -> {
                noPromise(outcome, problems);
                if (outcome.callbackDate().isPresent() || outcome.callbackTime().isPresent()) {
                    problems.add("NO_COMMITMENT must not carry a callback: use CALLBACK_SCHEDULED");
                }
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome.kind());
        }
        if (outcome.callbackTime().isPresent() && outcome.callbackDate().isEmpty()) {
            problems.add("callbackTime without a callbackDate");
        }
        outcome.excuse().filter(e -> Arrays.stream(ExcuseCategory.values()).noneMatch(c -> c.name().equals(e)))
                .ifPresent(e -> problems.add("excuse '" + e + "' is not an excuse category; known: "
                        + Arrays.toString(ExcuseCategory.values())));
        return List.copyOf(problems);
    }

    /** @throws InvalidCallOutcomeException listing every problem */
    public static void validate(CallOutcome outcome, Clock clock) {
        List<String> problems = problems(outcome, clock);
        if (!problems.isEmpty()) {
            throw new InvalidCallOutcomeException(problems);
        }
    }

    private static void noPromise(CallOutcome outcome, List<String> problems) {
        if (outcome.amount().isPresent() || outcome.promisedDate().isPresent()) {
            problems.add(outcome.kind() + " must not carry a promised amount or date: use FULL_ or PARTIAL_PAYMENT_PROMISED");
        }
    }
}
