package io.arrears.core.call;

import io.arrears.api.call.CallOutcome;
import io.arrears.api.call.CallOutcomeKind;
import io.arrears.api.call.ConfirmationDraft;
import io.arrears.api.call.PaymentInstructions;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.Customer;
import io.arrears.api.money.Money;
import io.arrears.api.promise.ConsequenceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drafts the written summary of a call (domain.md 3.5, seed 004 "summarise the outcome"): the agreed
 * points (amount, date, or the callback), how to pay, and the consequence if the commitment is not
 * met, in the debtor's language with amounts and dates formatted for their locale. Stateless.
 */
public final class ConfirmationWriter {

    private final ConfirmationTextFiles texts;

    /** Always with these texts (the bundled ones, or a loaded copy). */
    public ConfirmationWriter(ConfirmationTexts texts) {
        this(new ConfirmationTextFiles(texts, Optional.empty()));
    }

    /** With the administrator's edited texts, read again for every confirmation. */
    public ConfirmationWriter(ConfirmationTextFiles texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * @param openAmount  what the debtor owes now (the amount due of the call sheet)
     * @param consequence what follows if the promise or callback is not kept
     */
    public ConfirmationDraft draft(CallOutcome outcome, Customer customer, Money openAmount, PaymentInstructions howToPay,
            ConsequenceKind consequence) {
        Objects.requireNonNull(howToPay, "howToPay");
        return draft(outcome, customer, openAmount, Optional.of(howToPay), consequence);
    }

    /** Like the other {@code draft}; without payment instructions (no creditor account configured) that paragraph is left out. */
    public ConfirmationDraft draft(CallOutcome outcome, Customer customer, Money openAmount, Optional<PaymentInstructions> payment,
            ConsequenceKind consequence) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(openAmount, "openAmount");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(consequence, "consequence");
        ConfirmationTexts current = texts.forLanguage(customer.language());
        String language = current.languageFor(customer.language());
        ConfirmationTexts.Texts words = current.in(language);
        // the debtor's own locale when writing in their language; otherwise English with their country
        Locale locale = language.equals(ConfirmationTexts.primaryLanguage(customer.language())) ? customer.locale()
                : new Locale(language, customer.country());
        LocalFormat format = new LocalFormat(locale);
        LocalDate callDate = outcome.calledAt().atZone(customer.timeZone()).toLocalDate();

        Map<String, String> values = new HashMap<>();
        values.put("name", customer.name());
        values.put("collector", outcome.collector());
        values.put("callDate", format.date(callDate));
        values.put("open", format.money(openAmount));
        payment.ifPresent(howToPay -> {
            values.put("holder", howToPay.accountHolder());
            values.put("iban", howToPay.iban());
            values.put("bic", howToPay.bic().map(b -> ", BIC " + b).orElse(""));
            values.put("reference", howToPay.reference());
            howToPay.paymentLink().ifPresent(link -> values.put("link", link));
        });

        String agreed;
        Optional<String> ifNotMet;
        switch (outcome.kind()) {
            case FULL_PAYMENT_PROMISED, PARTIAL_PAYMENT_PROMISED -> {
                values.put("amount", format.money(outcome.amount().orElseThrow()));
                values.put("date", format.date(outcome.promisedDate().orElseThrow()));
                agreed = outcome.kind() == CallOutcomeKind.FULL_PAYMENT_PROMISED ? words.fullPromise()
                        : words.partialPromise();
                ifNotMet = Optional.of(words.promiseConsequence().get(consequence));
            }
            case CALLBACK_SCHEDULED -> {
                LocalDate day = outcome.callbackDate().orElseThrow();
                values.put("date", format.date(day));
                values.put("when", format.date(day) + outcome.callbackTime().map(t -> " " + format.time(t)).orElse(""));
                agreed = words.callback();
                ifNotMet = Optional.of(words.callbackConsequence().get(consequence));
            }
            case NO_COMMITMENT -> {
                agreed = words.noCommitment();
                ifNotMet = Optional.empty();
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome.kind());
        }

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(fill(words.greeting(), values));
        paragraphs.add(fill(words.intro(), values) + "\n- " + fill(agreed, values));
        payment.ifPresent(howToPay -> paragraphs.add(fill(words.howToPay(), values)
                + (howToPay.paymentLink().isPresent() ? "\n" + fill(words.paymentLink(), values) : "")));
        ifNotMet.ifPresent(text -> paragraphs.add(fill(text, values)));
        paragraphs.add(fill(words.closing(), values));

        List<String> to = customer.contacts().stream().map(Contact::email).flatMap(Optional::stream).distinct().toList();
        return new ConfirmationDraft(customer.id(), language, to, fill(words.subject(), values), String.join("\n\n", paragraphs),
                language.equals("he"));
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (text.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new IllegalArgumentException("confirmation text has a placeholder without a value: " + template);
        }
        return text;
    }
}
