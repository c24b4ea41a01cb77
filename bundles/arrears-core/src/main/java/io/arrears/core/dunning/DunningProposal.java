package io.arrears.core.dunning;

import io.arrears.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed notice to one customer at one level, for the items of one currency. Nothing is
 * sent by the engine: the caller persists the proposal and delivers it at or after {@code notBefore}.
 *
 * @param total      sum of the items' residuals
 * @param fee        the level's fee in this currency (zero when none)
 * @param notBefore  earliest instant the debtor may be contacted; the decision instant when READY
 * @param reason     why this proposal exists, and why it waits when DEFERRED
 */
public record DunningProposal(
        String customerId,
        int level,
        String levelName,
        List<ProposedItem> items,
        Money total,
        List<ContactChannel> channels,
        Tone tone,
        Money fee,
        boolean chargeInterest,
        String language,
        Optional<String> behaviourTypeHint,
        ProposalStatus status,
        Instant notBefore,
        String reason) {

    public DunningProposal {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(levelName, "levelName");
        items = List.copyOf(items);
        Objects.requireNonNull(total, "total");
        channels = List.copyOf(channels);
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(behaviourTypeHint, "behaviourTypeHint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(reason, "reason");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a dunning proposal for customer " + customerId + " needs at least one item");
        }
    }
}
