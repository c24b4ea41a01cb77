package io.arrears.core.escalation;

import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.money.Money;
import io.arrears.core.dunning.DunningProposal;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.dunning.ProposalStatus;
import io.arrears.core.dunning.ProposedItem;
import io.arrears.core.dunning.Tone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The interest and fixed compensation a placement claims on top of the ledger, computed on the placement date with the
 * same rules as a dunning notice ({@link NoticeCharges}): statutory interest of the debtor's jurisdiction from the day
 * after the due date, or after the last interest claim already booked, to the placement date; the fixed compensation
 * when it was not charged yet. No level fee: a placement is no notice. Nothing is booked here; the lines are itemised
 * in the placement document, and whatever cannot be computed is left off with a note.
 */
public final class PlacementCharges {

    private final NoticeCharges charges;

    public PlacementCharges(NoticeCharges charges) {
        this.charges = Objects.requireNonNull(charges, "charges");
    }

    /**
     * @param country          the debtor's country (jurisdiction of the statutory rules); empty when unknown
     * @param placed           the placed items' balances
     * @param customerBalances all balances of the customer (earlier interest and fee claims)
     */
    public NoticeCharges.Result at(Optional<String> country, List<ItemBalance> placed, List<ItemBalance> customerBalances,
            LocalDate placementDate) {
        if (country.isEmpty()) {
            return new NoticeCharges.Result(List.of(), List.of("no interest or fixed compensation: the debtor's country is unknown"));
        }
        // a proposal holds one currency: the placed invoices and instalments per currency, in the placement's order
        Map<Currency, List<ProposedItem>> byCurrency = new LinkedHashMap<>();
        for (ItemBalance balance : placed) {
            ItemKind kind = balance.item().kind();
            if (kind == ItemKind.INVOICE || kind == ItemKind.INSTALMENT) {
                byCurrency.computeIfAbsent(balance.outstanding().currency(), c -> new ArrayList<>()).add(new ProposedItem(
                        balance.item().id(), balance.item().documentNumber(), balance.item().dueDate(), balance.outstanding(),
                        Optional.empty()));
            }
        }
        List<NoticeCharge> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        byCurrency.forEach((currency, items) -> {
            Money total = items.stream().map(ProposedItem::residual).reduce(Money.zero(currency), Money::plus);
            DunningProposal asOfPlacement = new DunningProposal(placed.get(0).item().customerId(), 0, "placement", items, total,
                    List.of(), Tone.FIRM, Money.zero(currency), true, "en", Optional.empty(), ProposalStatus.READY,
                    placementDate.atStartOfDay(ZoneOffset.UTC).toInstant(), "agency placement");
            NoticeCharges.Result result = charges.charges(asOfPlacement, country.get(), customerBalances, placementDate);
            lines.addAll(result.charges());
            notes.addAll(result.notes());
        });
        return new NoticeCharges.Result(lines, notes);
    }
}
