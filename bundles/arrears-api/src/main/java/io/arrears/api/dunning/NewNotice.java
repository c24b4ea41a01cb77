package io.arrears.api.dunning;

import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.NewOutboxMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A proposed notice as the run stores it.
 *
 * @param noticeKey   unique; also the key of the notice's outbox message
 * @param itemSetHash SHA-256 (hex, 64 characters) of the item ids and residuals
 * @param tone        the level's tone name, for the letter
 * @param deferred    proposed as DEFERRED (until {@code notBefore})
 * @param fee         the sum of the fee charges (level fee, fixed compensation) when {@code charges} is not empty
 * @param charges     interest and fees charged by this notice, recorded as their own claims when it is sent
 * @param chargeNotes why interest or a fee was not charged (no rate for a period, already charged, waived, ...)
 */
public record NewNotice(String noticeKey, String customerId, int level, String levelName, LocalDate runDate,
        String itemSetHash, List<NoticeLine> lines, Money total, Money fee, DeliveryChannel channel, String tone,
        String languageTag, boolean deferred, Instant notBefore, String reason, List<NoticeCharge> charges,
        List<String> chargeNotes) {

    /** A notice without charges (interest, fees). */
    public NewNotice(String noticeKey, String customerId, int level, String levelName, LocalDate runDate,
            String itemSetHash, List<NoticeLine> lines, Money total, Money fee, DeliveryChannel channel, String tone,
            String languageTag, boolean deferred, Instant notBefore, String reason) {
        this(noticeKey, customerId, level, levelName, runDate, itemSetHash, lines, total, fee, channel, tone, languageTag,
                deferred, notBefore, reason, List.of(), List.of());
    }

    public NewNotice {
        Objects.requireNonNull(noticeKey, "NewNotice.noticeKey");
        if (noticeKey.isBlank() || noticeKey.length() > NewOutboxMessage.MAX_KEY) {
            throw new IllegalArgumentException("NewNotice.noticeKey must be 1.." + NewOutboxMessage.MAX_KEY
                    + " characters, was '" + noticeKey + "'");
        }
        Objects.requireNonNull(customerId, "NewNotice.customerId");
        Objects.requireNonNull(levelName, "NewNotice.levelName");
        Objects.requireNonNull(runDate, "NewNotice.runDate");
        if (itemSetHash == null || !itemSetHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("NewNotice.itemSetHash must be 64 lower-case hex digits, was '" + itemSetHash + "'");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("NewNotice " + noticeKey + " has no lines");
        }
        Objects.requireNonNull(total, "NewNotice.total");
        Objects.requireNonNull(fee, "NewNotice.fee");
        if (!total.currency().equals(fee.currency())) {
            throw new IllegalArgumentException("NewNotice " + noticeKey + ": fee " + fee + " and total " + total
                    + " are in different currencies");
        }
        Objects.requireNonNull(channel, "NewNotice.channel");
        Objects.requireNonNull(tone, "NewNotice.tone");
        Objects.requireNonNull(languageTag, "NewNotice.languageTag");
        Objects.requireNonNull(notBefore, "NewNotice.notBefore");
        Objects.requireNonNull(reason, "NewNotice.reason");
        charges = List.copyOf(charges);
        chargeNotes = List.copyOf(chargeNotes);
        Money fees = Money.zero(total.currency());
        for (NoticeCharge charge : charges) {
            if (!charge.amount().currency().equals(total.currency())) {
                throw new IllegalArgumentException("NewNotice " + noticeKey + ": charge " + charge.claimId() + " is in "
                        + charge.amount().currencyCode() + ", the notice in " + total.currencyCode());
            }
            if (charge.kind() != ChargeKind.INTEREST) {
                fees = fees.plus(charge.amount());
            }
        }
        if (!charges.isEmpty() && fees.compareTo(fee) != 0) {
            throw new IllegalArgumentException("NewNotice " + noticeKey + ": fee " + fee + " is not the sum of the fee charges " + fees);
        }
    }

    /** The interest the notice claims (sum of its INTEREST charges). */
    public Money interest() {
        Money sum = Money.zero(total.currency());
        for (NoticeCharge charge : charges) {
            if (charge.kind() == ChargeKind.INTEREST) {
                sum = sum.plus(charge.amount());
            }
        }
        return sum;
    }

    /** Residuals plus interest plus fees: what the letter asks for. */
    public Money totalDue() {
        return total.plus(fee).plus(interest());
    }
}
