package io.arrears.core.dunning;

import io.arrears.api.money.Money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dunning decision: ledger facts in, proposals out, nothing sent and nothing stored. Pure:
 * the same policy, facts, items and clock give the same proposals, in the same order.
 *
 * <p>Rules: items with no positive residual, blocked or disputed items, and all items of a blocked
 * customer are never proposed; each item moves to the configured level after its last notice once
 * that level's day (due date + days) and grace (after the last notice) have passed; items of one
 * customer at the same level and in the same currency form one proposal, which must reach the
 * level's minimum amount; the whole customer waits for the frequency cap, the quiet hours in its
 * zone and its country's weekend days and public holidays (proposal DEFERRED with the reason).
 * An item with an advance (a broken promise or plan) is ready for its next level at once, and the customer then does
 * not wait for the frequency cap (still for quiet hours, weekends and holidays). "Today" is the debtor's local date.
 */
public final class DunningEngine {

    private static final Comparator<DunnableItem> ITEM_ORDER =
            Comparator.comparing(DunnableItem::dueDate).thenComparing(DunnableItem::itemId);

    private final HolidayCalendar holidays;

    public DunningEngine(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** The proposals for one customer, ordered by level then currency. */
    public List<DunningProposal> propose(DunningPolicy policy, DebtorFacts debtor, List<DunnableItem> items, Clock clock) {
        return assess(policy, debtor, items, clock).proposals();
    }

    /** Like {@link #propose}, plus every item left out and why. */
    public DunningAssessment assess(DunningPolicy policy, DebtorFacts debtor, List<DunnableItem> items, Clock clock) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(clock, "clock");
        List<DunnableItem> sorted = checkedAndSorted(debtor, items);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, debtor.zone());

        List<SkippedItem> skipped = new ArrayList<>();
        if (debtor.blockReason().isPresent()) {
            sorted.forEach(item -> skipped.add(new SkippedItem(item.itemId(), "customer blocked: " + debtor.blockReason().get())));
            return new DunningAssessment(List.of(), skipped);
        }

        Map<GroupKey, List<ItemLevelRule.Ready>> groups = new TreeMap<>();
        for (DunnableItem item : sorted) {
            ItemLevelRule.Decision decision = ItemLevelRule.decide(policy, item, today);
            if (decision instanceof ItemLevelRule.Ready ready) {
                groups.computeIfAbsent(new GroupKey(ready.level().number(), item.residual().currencyCode()), k -> new ArrayList<>())
                        .add(ready);
            } else if (decision instanceof ItemLevelRule.NotReady notReady) {
                skipped.add(new SkippedItem(item.itemId(), notReady.reason()));
            }
        }

        List<DunningProposal> proposals = new ArrayList<>();
        ContactWindow.Timing timing = null;
        for (List<ItemLevelRule.Ready> group : groups.values()) {
            DunningLevel level = group.get(0).level();
            Currency currency = group.get(0).item().residual().currency();
            Money total = group.stream().map(r -> r.item().residual()).reduce(Money.zero(currency), Money::plus);
            Money minimum = level.minimumAmount(currency);
            if (total.compareTo(minimum) < 0) {
                group.forEach(r -> skipped.add(new SkippedItem(r.item().itemId(), "level " + level.number() + " '" + level.name()
                        + "': total " + total + " of the customer's items at this level is below the minimum " + minimum)));
                continue;
            }
            if (timing == null) {
                // one contact occasion per customer and run: every proposal shares the same window
                timing = ContactWindow.earliest(policy, advancing(debtor, groups.values().stream().flatMap(List::stream)
                        .map(ItemLevelRule.Ready::item).toList()), now, holidays);
            }
            proposals.add(proposal(level, debtor, group, total, minimum, timing));
        }
        return new DunningAssessment(proposals, skipped);
    }

    /**
     * The last check before a proposal is sent: cancels it when the facts moved (payment, credit,
     * block, dispute, a notice recorded since, level no longer due) and defers it when the debtor
     * may not be contacted at this moment.
     */
    public RecheckResult recheck(DunningPolicy policy, DunningProposal proposal, DebtorFacts debtor,
                                 List<DunnableItem> currentItems, Clock clock) {
        Objects.requireNonNull(proposal, "proposal");
        List<DunnableItem> sorted = checkedAndSorted(debtor, currentItems);
        if (!proposal.customerId().equals(debtor.customerId())) {
            throw new IllegalArgumentException("proposal for customer " + proposal.customerId()
                    + " re-checked against the facts of customer " + debtor.customerId());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, debtor.zone());
        if (debtor.blockReason().isPresent()) {
            return cancel(now, "customer blocked since the proposal: " + debtor.blockReason().get());
        }
        Map<String, DunnableItem> byId = sorted.stream().collect(Collectors.toMap(DunnableItem::itemId, i -> i));
        for (ProposedItem proposed : proposal.items()) {
            DunnableItem current = byId.get(proposed.itemId());
            if (current == null) {
                return cancel(now, proposed.documentNumber() + " is no longer among the customer's open items");
            }
            if (!current.lastNotice().equals(proposed.previousNotice())) {
                return cancel(now, proposed.documentNumber() + ": a notice was recorded since the proposal (last notice was "
                        + describe(proposed.previousNotice()) + ", now " + describe(current.lastNotice()) + ")");
            }
            if (!current.residual().equals(proposed.residual())) {
                return cancel(now, proposed.documentNumber() + ": residual changed from " + proposed.residual() + " to "
                        + current.residual() + " since the proposal (payment or credit arrived); the next run decides again");
            }
            ItemLevelRule.Decision decision = ItemLevelRule.decide(policy, current, today);
            if (decision instanceof ItemLevelRule.NotReady notReady) {
                return cancel(now, proposed.documentNumber() + ": " + notReady.reason());
            }
            if (decision instanceof ItemLevelRule.Ready ready && ready.level().number() != proposal.level()) {
                return cancel(now, proposed.documentNumber() + " is now due for level " + ready.level().number()
                        + ", not the proposed level " + proposal.level());
            }
        }
        List<DunnableItem> proposedNow = proposal.items().stream().map(p -> byId.get(p.itemId())).toList();
        ContactWindow.Timing timing = ContactWindow.earliest(policy, advancing(debtor, proposedNow), now, holidays);
        if (timing.deferred()) {
            return new RecheckResult(RecheckResult.Outcome.DEFER, timing.notBefore(), ContactWindow.describe(timing, debtor.zone()));
        }
        return new RecheckResult(RecheckResult.Outcome.PROCEED, now,
                "all " + proposal.items().size() + " item(s) unchanged since the proposal and the debtor may be contacted now");
    }

    private static DunningProposal proposal(DunningLevel level, DebtorFacts debtor, List<ItemLevelRule.Ready> group,
                                            Money total, Money minimum, ContactWindow.Timing timing) {
        List<ProposedItem> items = group.stream()
                .map(r -> new ProposedItem(r.item().itemId(), r.item().documentNumber(), r.item().dueDate(),
                        r.item().residual(), r.item().lastNotice()))
                .toList();
        StringBuilder reason = new StringBuilder()
                .append("level ").append(level.number()).append(" '").append(level.name()).append("' for ")
                .append(items.size()).append(" item(s), total ").append(total).append(" (minimum ").append(minimum).append("): ")
                .append(group.stream().map(ItemLevelRule.Ready::reason).collect(Collectors.joining("; ")));
        if (timing.deferred()) {
            reason.append(". ").append(ContactWindow.describe(timing, debtor.zone()));
        }
        return new DunningProposal(
                debtor.customerId(),
                level.number(),
                level.name(),
                items,
                total,
                level.channels(),
                level.tone(),
                level.fee(total.currency()),
                level.chargeInterest(),
                debtor.language(),
                debtor.behaviourTypeHint(),
                timing.deferred() ? ProposalStatus.DEFERRED : ProposalStatus.READY,
                timing.notBefore(),
                reason.toString());
    }

    private static List<DunnableItem> checkedAndSorted(DebtorFacts debtor, List<DunnableItem> items) {
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(items, "items");
        Set<String> ids = new HashSet<>();
        for (DunnableItem item : items) {
            if (!item.customerId().equals(debtor.customerId())) {
                throw new IllegalArgumentException("item " + item.itemId() + " belongs to customer " + item.customerId()
                        + ", not to " + debtor.customerId() + ": the engine decides one customer at a time");
            }
            if (!ids.add(item.itemId())) {
                throw new IllegalArgumentException("item " + item.itemId() + " is listed twice for customer " + debtor.customerId());
            }
        }
        List<DunnableItem> sorted = new ArrayList<>(items);
        sorted.sort(ITEM_ORDER);
        return sorted;
    }

    /** The debtor facts for the contact window: no frequency cap when one of the items moves on early. */
    private static DebtorFacts advancing(DebtorFacts debtor, List<DunnableItem> ready) {
        return ready.stream().anyMatch(i -> i.advance().isPresent()) ? debtor.withoutFrequencyCap() : debtor;
    }

    private static RecheckResult cancel(Instant now, String reason) {
        return new RecheckResult(RecheckResult.Outcome.CANCEL, now, reason);
    }

    private static String describe(Optional<LastNotice> notice) {
        return notice.map(LastNotice::toString).orElse("none");
    }

    private record GroupKey(int level, String currency) implements Comparable<GroupKey> {

        @Override
        public int compareTo(GroupKey other) {
            int byLevel = Integer.compare(level, other.level);
            return byLevel != 0 ? byLevel : currency.compareTo(other.currency);
        }
    }
}
