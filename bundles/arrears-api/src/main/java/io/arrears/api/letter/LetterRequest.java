package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Everything one dunning notice says. All amounts share one currency and {@code totalDue} is the sum
 * of the items' outstanding residuals, the interest and the fees (checked here, so a letter never
 * states a total that its lines do not add up to).
 *
 * @param noticeId         identifier of this notice (UBL Reminder cbc:ID), unique per creditor
 * @param languageTag      BCP 47 tag of the debtor's language, e.g. {@code de}, {@code pl-PL}, {@code he}
 * @param level            dunning level: 0 for a courtesy reminder before the due date, then 1, 2, ...
 * @param behaviourType    the debtor's behaviour type; selects a short variant paragraph
 * @param paymentReference ISO 11649 creditor reference ({@code RF} + 2 check digits + up to 21 characters)
 * @param payBy            the date by which the debtor is asked to pay
 * @param letterDate       the date printed on the letter
 */
public record LetterRequest(String noticeId, String languageTag, int level, Tone tone, BehaviourType behaviourType,
                            Creditor creditor, Debtor debtor, List<LetterItem> items, List<InterestLine> interest,
                            List<FeeLine> fees, Money totalDue, LocalDate payBy, String paymentReference,
                            LocalDate letterDate) {

    public LetterRequest {
        Checks.text(noticeId, "LetterRequest", "noticeId");
        Checks.text(languageTag, "LetterRequest", "languageTag");
        if (Locale.forLanguageTag(languageTag).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("LetterRequest.languageTag is not a BCP 47 language tag: '" + languageTag + "'");
        }
        if (level < 0) {
            throw new IllegalArgumentException("LetterRequest.level must be 0 or more, was " + level);
        }
        Checks.present(tone, "LetterRequest", "tone");
        Checks.present(behaviourType, "LetterRequest", "behaviourType");
        Checks.present(creditor, "LetterRequest", "creditor");
        Checks.present(debtor, "LetterRequest", "debtor");
        items = Checks.list(items, "LetterRequest", "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("LetterRequest.items must not be empty: a notice is about at least one document");
        }
        interest = Checks.list(interest, "LetterRequest", "interest");
        fees = Checks.list(fees, "LetterRequest", "fees");
        Checks.present(totalDue, "LetterRequest", "totalDue");
        Checks.present(payBy, "LetterRequest", "payBy");
        Checks.present(letterDate, "LetterRequest", "letterDate");
        if (payBy.isBefore(letterDate)) {
            throw new IllegalArgumentException("LetterRequest.payBy " + payBy + " is before letterDate " + letterDate);
        }
        paymentReference = normaliseReference(Checks.text(paymentReference, "LetterRequest", "paymentReference"));
        requireTotal(items, interest, fees, totalDue);
    }

    /** The debtor's locale, from {@link #languageTag()}. */
    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    public Currency currency() {
        return totalDue.currency();
    }

    private static void requireTotal(List<LetterItem> items, List<InterestLine> interest, List<FeeLine> fees, Money totalDue) {
        List<Money> parts = new ArrayList<>();
        items.forEach(i -> parts.add(i.outstanding()));
        interest.forEach(i -> parts.add(i.amount()));
        fees.forEach(f -> parts.add(f.amount()));
        Money sum = Money.zero(totalDue.currency());
        for (Money part : parts) {
            if (!part.currency().equals(totalDue.currency())) {
                throw new IllegalArgumentException("LetterRequest: all amounts must be in " + totalDue.currencyCode()
                        + " like totalDue, found " + part);
            }
            sum = sum.plus(part);
        }
        if (sum.compareTo(totalDue) != 0) {
            throw new IllegalArgumentException("LetterRequest.totalDue " + totalDue
                    + " differs from the sum of outstanding items, interest and fees " + sum);
        }
    }

    /** Upper case without spaces; {@code RF}, two digits, 1–21 alphanumerics and a valid mod-97 check. */
    private static String normaliseReference(String reference) {
        String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("RF[0-9]{2}[A-Z0-9]{1,21}")) {
            throw new IllegalArgumentException("LetterRequest.paymentReference is not an ISO 11649 RF reference: '" + reference + "'");
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            throw new IllegalArgumentException("LetterRequest.paymentReference fails the ISO 11649 check digits: '" + reference + "'");
        }
        return compact;
    }
}
