package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Statutory interest owed on one invoice, a claim in its own right: paying the principal stops further accrual but
 * leaves what has accrued owed until it is paid or explicitly waived.
 */
public final class InterestClaim {

    private final String invoiceReference;
    private final Jurisdiction jurisdiction;
    private final LocalDate accruedUntil;
    private final ClaimBalance balance;

    private InterestClaim(String invoiceReference, Jurisdiction jurisdiction, LocalDate accruedUntil, ClaimBalance balance) {
        this.invoiceReference = Objects.requireNonNull(invoiceReference, "invoiceReference");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.accruedUntil = Objects.requireNonNull(accruedUntil, "accruedUntil");
        this.balance = balance;
    }

    public static InterestClaim accrued(String invoiceReference, Jurisdiction jurisdiction, InterestComputation computation, LocalDate asOf) {
        return new InterestClaim(invoiceReference, jurisdiction, asOf, ClaimBalance.of(computation.interest()));
    }

    /**
     * A recomputation up to a later date (interest never decreases: a smaller amount means the inputs went wrong).
     */
    public InterestClaim reaccrued(InterestComputation computation, LocalDate asOf) {
        if (asOf.isBefore(accruedUntil)) {
            throw new IllegalArgumentException("interest on " + invoiceReference + " was accrued until " + accruedUntil + "; cannot re-accrue to earlier " + asOf);
        }
        if (computation.interest().compareTo(balance.owed()) < 0) {
            throw new IllegalArgumentException("recomputed interest " + computation.interest() + " on " + invoiceReference
                    + " is below the already accrued " + balance.owed() + ": accrued interest only goes away by payment or waiver");
        }
        return new InterestClaim(invoiceReference, jurisdiction, asOf, balance.reowe(computation.interest(), what()));
    }

    public InterestClaim pay(Money amount) {
        return new InterestClaim(invoiceReference, jurisdiction, accruedUntil, balance.pay(amount, what()));
    }

    public InterestClaim waive(Waiver waiver) {
        return new InterestClaim(invoiceReference, jurisdiction, accruedUntil, balance.waive(waiver, what()));
    }

    private String what() {
        return "interest on " + invoiceReference;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public LocalDate accruedUntil() {
        return accruedUntil;
    }

    public Money accrued() {
        return balance.owed();
    }

    public Money paid() {
        return balance.paid();
    }

    public Optional<Waiver> waiver() {
        return balance.waiver();
    }

    public boolean waived() {
        return balance.waiver().isPresent();
    }

    public Money outstanding() {
        return balance.outstanding();
    }

    public boolean open() {
        return balance.open();
    }
}
