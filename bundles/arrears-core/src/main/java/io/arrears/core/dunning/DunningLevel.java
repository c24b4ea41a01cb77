package io.arrears.core.dunning;

import io.arrears.api.ledger.ContactRole;
import io.arrears.api.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rung of the dunning ladder.
 *
 * @param number         unique, strictly increasing along the ladder
 * @param name           short name for letters and logs
 * @param daysFromDue    the level's day relative to the due date; negative = friendly pre-due reminder,
 *                       which is only sent before the due date
 * @param minimumAmount  per currency: the grouped residual must reach it, otherwise the items wait
 * @param graceDays      minimum days after the item's previous notice before this level may follow it
 *                       (lets a payment in transit arrive)
 * @param channels       channels to use, in order of preference
 * @param tone           wording
 * @param fee            dunning fee per currency (zero for none)
 * @param chargeInterest whether the notice claims late-payment interest
 * @param recipients     the debtor's contact roles this level addresses, in order of preference: the first one with an
 *                       address for the notice's channel receives it (see {@link NoticeRecipients})
 */
public record DunningLevel(
        int number,
        String name,
        int daysFromDue,
        Map<Currency, Money> minimumAmount,
        int graceDays,
        List<ContactChannel> channels,
        Tone tone,
        Map<Currency, Money> fee,
        boolean chargeInterest,
        List<ContactRole> recipients) {

    public DunningLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tone, "tone");
        minimumAmount = Map.copyOf(minimumAmount);
        channels = List.copyOf(channels);
        fee = Map.copyOf(fee);
        recipients = List.copyOf(new LinkedHashSet<>(recipients));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("dunning level " + number + " ('" + name + "') names no recipient role");
        }
    }

    /** A level addressing the roles its tone suggests ({@link #defaultRecipients}). */
    public DunningLevel(int number, String name, int daysFromDue, Map<Currency, Money> minimumAmount, int graceDays,
            List<ContactChannel> channels, Tone tone, Map<Currency, Money> fee, boolean chargeInterest) {
        this(number, name, daysFromDue, minimumAmount, graceDays, channels, tone, fee, chargeInterest, defaultRecipients(tone));
    }

    /**
     * Reminders go to the accounts-payable clerk; a firm notice also names the decision maker; a final notice goes to
     * the decision maker, then the escalation contact.
     */
    public static List<ContactRole> defaultRecipients(Tone tone) {
        return switch (tone) {
            case FRIENDLY, NEUTRAL -> List.of(ContactRole.ACCOUNTS_PAYABLE);
            case FIRM -> List.of(ContactRole.ACCOUNTS_PAYABLE, ContactRole.DECISION_MAKER);
            case FINAL -> List.of(ContactRole.DECISION_MAKER, ContactRole.ESCALATION);
        };
    }

    /** A friendly reminder before the due date: meaningless once the item is due. */
    public boolean isPreDue() {
        return daysFromDue < 0;
    }

    /** The day this level falls due for an item with the given due date. */
    public LocalDate scheduledFor(LocalDate dueDate) {
        return dueDate.plusDays(daysFromDue);
    }

    public Money minimumAmount(Currency currency) {
        return perCurrency(minimumAmount, currency, "minimumAmount");
    }

    public Money fee(Currency currency) {
        return perCurrency(fee, currency, "fee");
    }

    private Money perCurrency(Map<Currency, Money> values, Currency currency, String field) {
        Money value = values.get(currency);
        if (value == null) {
            throw new IllegalArgumentException("dunning level " + number + " ('" + name + "') has no " + field
                    + " for currency " + currency.getCurrencyCode() + "; configured: " + values.keySet());
        }
        return value;
    }
}
