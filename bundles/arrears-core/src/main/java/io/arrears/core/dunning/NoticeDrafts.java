package io.arrears.core.dunning;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.outbox.DeliveryChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Converts between the engine's proposals and the stored notices. */
final class NoticeDrafts {

    private NoticeDrafts() {
    }

    /**
     * The notice to store for a proposal. Its key (customer, level, item-set hash, run) is also the outbox key.
     *
     * @param hasEmail whether the customer has an e-mail address (the only address the master data carries)
     */
    static NewNotice notice(DunningProposal p, long runId, LocalDate runDate, boolean hasEmail) {
        return notice(p, runId, runDate, hasEmail, new NoticeCharges.Result(List.of(), List.of()));
    }

    /** Like {@link #notice(DunningProposal, long, LocalDate, boolean)}, with its interest and fees. */
    static NewNotice notice(DunningProposal p, long runId, LocalDate runDate, boolean hasEmail, NoticeCharges.Result charges) {
        List<NoticeLine> lines = p.items().stream()
                .map(i -> new NoticeLine(i.itemId(), i.documentNumber(), i.dueDate(), i.residual(),
                        (int) ChronoUnit.DAYS.between(i.dueDate(), runDate),
                        i.previousNotice().map(n -> new NoticeMark(n.level(), n.sentOn()))))
                .toList();
        String hash = itemSetHash(lines);
        String key = "dunning/" + p.customerId() + "/L" + p.level() + "/" + hash.substring(0, 16) + "/run-" + runId;
        return new NewNotice(key, p.customerId(), p.level(), p.levelName(), runDate, hash, lines, p.total(),
                charges.fees(p.total().currency()), channel(p.channels(), hasEmail), p.tone().name(), p.language(),
                p.status() == ProposalStatus.DEFERRED, p.notBefore(), p.reason(), charges.charges(), charges.notes());
    }

    /**
     * The notice's charges as the ledger items they become when it is sent: one FEE or INTEREST claim per claim id (the
     * interest lines of an item add up to one claim), issued and due on the notice date, charged for the item's document.
     */
    static List<LedgerEvent> claims(NewNotice notice) {
        Map<String, List<NoticeCharge>> byClaim = new LinkedHashMap<>();
        notice.charges().forEach(c -> byClaim.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(c));
        List<LedgerEvent> events = new ArrayList<>();
        for (List<NoticeCharge> parts : byClaim.values()) {
            NoticeCharge first = parts.get(0);
            Money amount = parts.stream().map(NoticeCharge::amount).reduce(Money::plus).orElseThrow();
            ItemKind kind = first.kind() == ChargeKind.INTEREST ? ItemKind.INTEREST : ItemKind.FEE;
            events.add(new LedgerEvent.ItemRecorded(new Item(first.claimId(), notice.customerId(), kind,
                    NoticeCharges.claimDocument(first.kind(), first.documentNumber()), notice.runDate(), notice.runDate(), amount,
                    Optional.of(first.documentNumber()), Optional.empty())));
        }
        return events;
    }

    /**
     * The first of the level's channels this customer can be reached on: e-mail when there is an address;
     * SMS and letters need a phone number or postal address the master data does not carry yet, so they are
     * passed over; a phone call or visit, or no reachable channel at all, becomes a collector task.
     */
    static DeliveryChannel channel(List<ContactChannel> channels, boolean hasEmail) {
        for (ContactChannel channel : channels) {
            if (channel == ContactChannel.EMAIL && hasEmail) {
                return DeliveryChannel.EMAIL;
            }
            if (channel == ContactChannel.PHONE || channel == ContactChannel.VISIT) {
                return DeliveryChannel.TASK;
            }
        }
        return DeliveryChannel.TASK;
    }

    /** The stored notice as the engine's proposal again, for the execution re-check. */
    static DunningProposal proposal(StoredNotice stored) {
        NewNotice n = stored.proposal();
        List<ProposedItem> items = n.lines().stream()
                .map(l -> new ProposedItem(l.itemId(), l.documentNumber(), l.dueDate(), l.residual(),
                        l.previousNotice().map(LedgerDunningFacts::lastNotice)))
                .toList();
        return new DunningProposal(n.customerId(), n.level(), n.levelName(), items, n.total(), List.of(), Tone.valueOf(n.tone()),
                n.fee(), false, n.languageTag(), Optional.empty(),
                n.deferred() ? ProposalStatus.DEFERRED : ProposalStatus.READY, n.notBefore(), n.reason());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** SHA-256 over the item ids and residuals, in proposal order. */
    static String itemSetHash(List<NoticeLine> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.itemId()).append('=').append(l.residual().amount().toPlainString())
                .append(' ').append(l.residual().currencyCode()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
