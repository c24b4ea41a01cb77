package io.arrears.core.dunning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which level, if any, one item is ready for on a given day. The schedule hangs on ledger facts
 * only (due date, last notice for the item), never on when the previous run happened, so a late
 * or repeated run gives the same answer. An item moves at most one configured level per notice;
 * only pre-due reminders are passed over once the item is due, because they no longer make sense. An item with an
 * advance (a broken promise or plan) moves on to its next level without waiting for the level's day or grace days,
 * still one level at a time.
 */
final class ItemLevelRule {

    sealed interface Decision permits Ready, NotReady {
    }

    record Ready(DunnableItem item, DunningLevel level, String reason) implements Decision {
    }

    record NotReady(DunnableItem item, String reason) implements Decision {
    }

    private ItemLevelRule() {
    }

    static Decision decide(DunningPolicy policy, DunnableItem item, LocalDate today) {
        if (item.residual().isZero()) {
            return new NotReady(item, "paid: residual is " + item.residual());
        }
        if (item.residual().isNegative()) {
            return new NotReady(item, "credit: residual is " + item.residual());
        }
        if (item.blockReason().isPresent()) {
            return new NotReady(item, "blocked: " + item.blockReason().get());
        }
        if (item.disputed()) {
            return new NotReady(item, "disputed");
        }

        Optional<DunningLevel> next = policy.levelAfter(item.lastNoticeLevel());
        StringBuilder passedOver = new StringBuilder();
        while (next.isPresent() && next.get().isPreDue() && !today.isBefore(item.dueDate())) {
            passedOver.append("pre-due level ").append(next.get().number()).append(" passed over (item due ")
                    .append(item.dueDate()).append("); ");
            next = policy.levelAfter(next.get().number());
        }
        if (next.isEmpty()) {
            return new NotReady(item, "at the final level: last notice " + item.lastNotice().map(LastNotice::toString).orElse("none"));
        }
        DunningLevel level = next.get();
        if (item.advance().isPresent()) {
            return new Ready(item, level, passedOver + item.documentNumber() + ": due " + item.dueDate() + ", residual "
                    + item.residual() + ", moves on early to level " + level.number() + ": " + item.advance().get());
        }

        LocalDate scheduled = level.scheduledFor(item.dueDate());
        if (today.isBefore(scheduled)) {
            return new NotReady(item, passedOver + "level " + level.number() + " '" + level.name() + "' falls due on "
                    + scheduled + " (" + signed(level.daysFromDue()) + " days from due date " + item.dueDate() + ")");
        }
        String afterNotice = "first notice";
        if (item.lastNotice().isPresent()) {
            LastNotice last = item.lastNotice().get();
            LocalDate graceEnds = last.sentOn().plusDays(level.graceDays());
            if (today.isBefore(graceEnds)) {
                return new NotReady(item, "level " + level.number() + " '" + level.name() + "' may follow the notice "
                        + last + " after " + level.graceDays() + " grace days, from " + graceEnds);
            }
            afterNotice = "follows " + last + " (" + level.graceDays() + " grace days)";
        }
        return new Ready(item, level, passedOver + item.documentNumber() + ": due " + item.dueDate() + ", residual "
                + item.residual() + ", level due from " + scheduled + ", " + afterNotice);
    }

    private static String signed(int days) {
        return days >= 0 ? "+" + days : String.valueOf(days);
    }
}
