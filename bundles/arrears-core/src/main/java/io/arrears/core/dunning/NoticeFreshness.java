package io.arrears.core.dunning;

import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.SendCheck;
import io.arrears.core.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The relay's last look at the ledger before a dunning notice goes out: the notice's items must still be open with at
 * least the residual the notice states, and neither the customer nor one of the items may be blocked (a dispute, a
 * payment plan, an agency placement, ...). Time passes between execution and delivery (retries, a full relay batch,
 * an operator's RETRY), and a reminder for an invoice paid in between is wrong. Messages that are not notices (call
 * confirmations, plan agreements, tasks) are never stopped here.
 */
public final class NoticeFreshness implements SendCheck {

    private final DunningNoticeRepository notices;
    private final LedgerEventRepository journal;
    private final DunningBlockRepository blocks;

    public NoticeFreshness(DunningNoticeRepository notices, LedgerEventRepository journal, DunningBlockRepository blocks) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
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

    private static String describe(DunningBlock block) {
        return block.note().isBlank() ? "" : ": " + block.note();
    }
}
