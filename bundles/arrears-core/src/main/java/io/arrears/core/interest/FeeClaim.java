package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.util.Objects;
import java.util.Optional;

/** A recovery fee owed on one invoice: stays owed after the principal is paid until paid or explicitly waived. */
public final class FeeClaim {

    private final String invoiceReference;
    private final FeeKind kind;
    private final ClaimBalance balance;

    private FeeClaim(String invoiceReference, FeeKind kind, ClaimBalance balance) {
        this.invoiceReference = Objects.requireNonNull(invoiceReference, "invoiceReference");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.balance = balance;
    }

    public static FeeClaim of(String invoiceReference, FeeKind kind, Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException(kind + " on " + invoiceReference + " must be positive, was " + amount);
        }
        return new FeeClaim(invoiceReference, kind, ClaimBalance.of(amount));
    }

    public FeeClaim pay(Money amount) {
        return new FeeClaim(invoiceReference, kind, balance.pay(amount, what()));
    }

    public FeeClaim waive(Waiver waiver) {
        return new FeeClaim(invoiceReference, kind, balance.waive(waiver, what()));
    }

    private String what() {
        return kind + " on " + invoiceReference;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public FeeKind kind() {
        return kind;
    }

    public Money amount() {
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
