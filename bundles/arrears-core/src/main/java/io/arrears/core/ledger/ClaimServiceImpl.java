package io.arrears.core.ledger;

import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Waiver;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Fee and interest claims from the customer's journal, and their waiver: a waiver is an {@link LedgerEvent.ItemWaived}
 * in the journal (who, the date, why), so it is logged for good and the claim's history can always be read back.
 */
public final class ClaimServiceImpl implements io.arrears.api.ledger.ClaimService {

    private final LedgerEventRepository journal;
    private final Clock clock;

    public ClaimServiceImpl(LedgerEventRepository journal, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<List<Claim>> claims(String erpCustomerId) {
        List<LedgerEvent> events = journal.findByCustomer(erpCustomerId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(claims(erpCustomerId, events));
    }

    private static List<Claim> claims(String customerId, List<LedgerEvent> events) {
        Map<String, Waiver> waivers = new HashMap<>();
        events.stream().filter(LedgerEvent.ItemWaived.class::isInstance).map(e -> ((LedgerEvent.ItemWaived) e).waiver())
                .forEach(w -> waivers.put(w.itemId(), w));
        Ledger ledger = Ledger.replay(events);
        return ledger.balances(customerId).stream()
                .filter(b -> b.item().kind().isWaivable())
                .map(b -> new Claim(b, Optional.ofNullable(waivers.get(b.item().id()))))
                .toList();
    }

    @Override
    public synchronized Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        List<LedgerEvent> events = journal.findByCustomer(erpCustomerId);
        Ledger ledger = Ledger.replay(events);
        ItemBalance claim = ledger.balances(erpCustomerId).stream()
                .filter(b -> b.item().id().equals(claimId) && b.item().kind().isWaivable())
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("customer '" + erpCustomerId + "' has no fee or interest claim '" + claimId + "'"));
        if (!claim.outstanding().isPositive()) {
            throw new IllegalStateException("claim '" + claimId + "' is " + claim.status() + " with nothing outstanding: there is nothing to waive");
        }
        Waiver waiver = new Waiver(claimId, reason.strip(), waivedBy, LocalDate.now(clock));
        LedgerEvent.ItemWaived event = new LedgerEvent.ItemWaived(erpCustomerId, waiver);
        ledger.apply(event); // refuses what the ledger refuses before anything is journaled
        journal.append(event);
        return claims(erpCustomerId, journal.findByCustomer(erpCustomerId)).stream()
                .filter(c -> c.id().equals(claimId)).findFirst().orElseThrow();
    }
}
