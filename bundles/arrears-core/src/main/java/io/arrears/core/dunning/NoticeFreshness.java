package io.arrears.core.dunning;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ClaimService;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.SendCheck;
import io.arrears.core.ledger.JournalReason;
import io.arrears.core.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relay's last look at the ledger before a dunning notice goes out: the notice's items must still be open with at
 * least the residual the notice states, and neither the customer nor one of the items may be blocked (a dispute, a
 * payment plan, an agency placement, ...). Time passes between execution and delivery (retries, a full relay batch,
 * an operator's RETRY), and a reminder for an invoice paid in between is wrong. Messages that are not notices (call
 * confirmations, plan agreements, tasks) are never stopped here. A stopped notice's level fee, booked as a claim when
 * it was executed, is waived before it is cancelled: the fee is for a letter, and this one never went out.
 */
public final class NoticeFreshness implements SendCheck {

    /** Who waives the level fee of a notice that was not sent: Arrears itself, not a collector. */
    public static final String SYSTEM_USER = "arrears";

    private final DunningNoticeRepository notices;
    private final LedgerEventRepository journal;
    private final DunningBlockRepository blocks;
    private final ClaimService claims;

    public NoticeFreshness(DunningNoticeRepository notices, LedgerEventRepository journal, DunningBlockRepository blocks,
            ClaimService claims) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    @Override
    public Optional<String> reasonNotToSend(OutboxMessage message) {
        return notices.findByKey(message.key()).flatMap(this::staleness);
    }

    private Optional<String> staleness(StoredNotice notice) {
        String customerId = notice.proposal().customerId();
        List<String> reasons = new ArrayList<>();
        List<DunningBlock> active = blocks.active(customerId);
        active.stream().filter(DunningBlock::onWholeCustomer).findFirst()
                .ifPresent(b -> reasons.add("customer blocked since the notice was planned (" + b.reason() + describe(b) + ")"));
        Ledger ledger = Ledger.replay(journal.findByCustomer(customerId));
        for (NoticeLine line : notice.proposal().lines()) {
            Optional<ItemBalance> balance = ledger.balance(line.itemId());
            if (balance.isEmpty() || !balance.get().isOpenClaim()) {
                reasons.add(line.documentNumber() + " paid or credited since the notice was planned");
            } else if (balance.get().outstanding().compareTo(line.residual()) < 0) {
                reasons.add(line.documentNumber() + " partly paid or credited since the notice was planned: "
                        + balance.get().outstanding() + " open, the notice says " + line.residual());
            }
            active.stream().filter(b -> b.itemId().equals(Optional.of(line.itemId()))).findFirst()
                    .ifPresent(b -> reasons.add(line.documentNumber() + " blocked (" + b.reason() + describe(b) + ")"));
        }
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of("not sent, the ledger changed: " + String.join("; ", reasons));
    }

    /**
     * Waives the level fees the notice booked, journaled with the reason the notice was not sent. Interest and fixed
     * compensation stay: they are owed for the lateness, letter or not. A fee claim already waived, paid or never
     * booked is left as it is, so a second call (the relay crashed before it could cancel) changes nothing.
     */
    @Override
    public void beforeCancel(OutboxMessage message, String reason) {
        notices.findByKey(message.key()).ifPresent(notice -> waiveLevelFees(notice, reason));
    }

    private void waiveLevelFees(StoredNotice notice, String reason) {
        List<NoticeCharge> fees = notice.proposal().charges().stream().filter(c -> c.kind() == ChargeKind.LEVEL_FEE).toList();
        if (fees.isEmpty()) {
            return;
        }
        String customerId = notice.proposal().customerId();
        Set<String> outstanding = claims.claims(customerId).orElse(List.of()).stream()
                .filter(c -> c.balance().outstanding().isPositive()).map(Claim::id).collect(Collectors.toSet());
        for (NoticeCharge fee : fees) {
            if (outstanding.contains(fee.claimId())) {
                claims.waive(customerId, fee.claimId(), JournalReason.fit("level fee of notice " + notice.proposal().noticeKey()
                        + " which was not sent: " + reason), SYSTEM_USER);
            }
        }
    }

    private static String describe(DunningBlock block) {
        return block.note().isBlank() ? "" : ": " + block.note();
    }
}
