package io.arrears.core.ledger;

import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.core.profile.AppliedGuardrails;
import io.arrears.core.profile.Offer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Fee and interest claims from the customer's journal, and their waiver: a waiver is an {@link LedgerEvent.ItemWaived}
 * in the journal (who, the date, why), so it is logged for good and the claim's history can always be read back.
 */
public final class ClaimServiceImpl implements io.arrears.api.ledger.ClaimService {

    private final LedgerEventRepository journal;
    private final Function<String, AppliedGuardrails> guardrails;
    private final BiConsumer<String, String> approvals;
    private final Clock clock;

    /** Without guardrails: only {@link #waive(String, String, String, String, boolean)} with approval waives. */
    public ClaimServiceImpl(LedgerEventRepository journal, Clock clock) {
        this(journal, null, (customer, note) -> { }, clock);
    }

    /**
     * @param guardrails the negotiation limits by ERP customer id (type in force and segment); null when unknown
     * @param approvals  logs a manager's waiver beyond the guardrails (customer id, note), e.g. into the contact log
     */
    public ClaimServiceImpl(LedgerEventRepository journal, Function<String, AppliedGuardrails> guardrails,
            BiConsumer<String, String> approvals, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.guardrails = guardrails;
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy, boolean mayApprove) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        Claim claim = claims(erpCustomerId).orElse(List.of()).stream().filter(c -> c.id().equals(claimId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("customer '" + erpCustomerId + "' has no fee or interest claim '"
                        + claimId + "'"));
        if (!claim.balance().outstanding().isPositive()) {
            throw new IllegalStateException("claim '" + claimId + "' is " + claim.balance().status()
                    + " with nothing outstanding: there is nothing to waive");
        }
        if (guardrails == null) {
            if (!mayApprove) {
                throw new ApprovalRequiredException(List.of("no negotiation guardrails known: a manager waives"));
            }
            return waive(erpCustomerId, claimId, reason, waivedBy);
        }
        AppliedGuardrails rails = guardrails.apply(erpCustomerId);
        List<String> beyond = rails.check(Offer.waiver(claim.balance().outstanding(),
                claim.balance().item().kind() == ItemKind.INTEREST)).reasons();
        if (beyond.isEmpty()) {
            return waive(erpCustomerId, claimId, reason, waivedBy);
        }
        if (!mayApprove) {
            throw new ApprovalRequiredException(beyond);
        }
        Claim waived = waive(erpCustomerId, claimId, reason, waivedBy);
        approvals.accept(erpCustomerId, "waiver of " + claimId + " approved by " + waivedBy + " beyond the guardrails: "
                + String.join("; ", beyond));
        return waived;
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
