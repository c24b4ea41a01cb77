package io.arrears.api.dunning;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One charge line of a notice: interest for one rate period, a level fee or the fixed compensation.
 *
 * @param claimId     the ledger item (kind FEE or INTEREST) the charge becomes when the notice is sent; the interest
 *                    lines of one item on one notice share it (the claim is their sum); unique in the journal, so a
 *                    charge is never recorded twice
 * @param itemId      the item the charge is for (the late invoice or instalment)
 * @param ratePercent yearly interest rate in percent; interest only
 * @param from        first day of interest counted; interest only
 * @param to          last day of interest counted (the notice date); interest only
 */
public record NoticeCharge(ChargeKind kind, String claimId, String itemId, String documentNumber, Money amount,
        Optional<BigDecimal> ratePercent, Optional<LocalDate> from, Optional<LocalDate> to) {

    public NoticeCharge {
        Objects.requireNonNull(kind, "NoticeCharge.kind");
        Objects.requireNonNull(claimId, "NoticeCharge.claimId");
        Objects.requireNonNull(itemId, "NoticeCharge.itemId");
        Objects.requireNonNull(documentNumber, "NoticeCharge.documentNumber");
        Objects.requireNonNull(amount, "NoticeCharge.amount");
        Objects.requireNonNull(ratePercent, "NoticeCharge.ratePercent");
        Objects.requireNonNull(from, "NoticeCharge.from");
        Objects.requireNonNull(to, "NoticeCharge.to");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("NoticeCharge " + claimId + ": amount must be positive, was " + amount);
        }
        boolean interest = kind == ChargeKind.INTEREST;
        if (interest != ratePercent.isPresent() || interest != from.isPresent() || interest != to.isPresent()) {
            throw new IllegalArgumentException("NoticeCharge " + claimId + ": rate and period are given for interest and only for interest");
        }
        if (interest && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("NoticeCharge " + claimId + ": period ends " + to.get() + " before it starts " + from.get());
        }
    }

    public static NoticeCharge interest(String claimId, String itemId, String documentNumber, Money amount, BigDecimal ratePercent,
            LocalDate from, LocalDate to) {
        return new NoticeCharge(ChargeKind.INTEREST, claimId, itemId, documentNumber, amount, Optional.of(ratePercent),
                Optional.of(from), Optional.of(to));
    }

    public static NoticeCharge fee(ChargeKind kind, String claimId, String itemId, String documentNumber, Money amount) {
        return new NoticeCharge(kind, claimId, itemId, documentNumber, amount, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
