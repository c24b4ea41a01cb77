package io.arrears.api.dunning;

import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One proposed notice: a customer, a level, the items of one currency.
 *
 * @param noticeId  the stored notice; 0 when {@link ProposalState#ALREADY_PROPOSED} (nothing stored)
 * @param channel   how it will be delivered (the first of the level's channels the customer has an address for,
 *                  a collector task otherwise)
 * @param notBefore earliest contact instant; the decision instant when READY
 * @param reason    why it is proposed, and why it waits when DEFERRED
 * @param charges     interest and fees on the notice
 * @param chargeNotes why interest or a fee was not charged
 */
public record CustomerProposal(long noticeId, String customerId, int level, String levelName, List<NoticeLine> items,
        Money total, Money fee, DeliveryChannel channel, ProposalState state, Instant notBefore, String reason,
        List<NoticeCharge> charges, List<String> chargeNotes) {

    /** A proposal without charges. */
    public CustomerProposal(long noticeId, String customerId, int level, String levelName, List<NoticeLine> items,
            Money total, Money fee, DeliveryChannel channel, ProposalState state, Instant notBefore, String reason) {
        this(noticeId, customerId, level, levelName, items, total, fee, channel, state, notBefore, reason, List.of(), List.of());
    }

    public CustomerProposal {
        Objects.requireNonNull(customerId, "CustomerProposal.customerId");
        Objects.requireNonNull(levelName, "CustomerProposal.levelName");
        items = List.copyOf(items);
        Objects.requireNonNull(total, "CustomerProposal.total");
        Objects.requireNonNull(fee, "CustomerProposal.fee");
        Objects.requireNonNull(channel, "CustomerProposal.channel");
        Objects.requireNonNull(state, "CustomerProposal.state");
        Objects.requireNonNull(notBefore, "CustomerProposal.notBefore");
        Objects.requireNonNull(reason, "CustomerProposal.reason");
        charges = List.copyOf(charges);
        chargeNotes = List.copyOf(chargeNotes);
    }
}
