package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a payment-plan agreement letter says: who agreed what with whom, the schedule and what happens when a payment is
 * late. Rendered in the debtor's language with the same templates mechanism as the notices ({@code agreement.tpl}).
 *
 * @param documentNumbers the invoices the plan settles (may be empty: the whole balance)
 * @param graceDays       how many days late a payment may be before the plan ends
 * @param paymentReference what the debtor quotes with each payment
 */
public record AgreementRequest(String planId, String languageTag, Creditor creditor, Debtor debtor, String agreedBy,
                               LocalDate agreedOn, Money total, List<String> documentNumbers,
                               List<AgreementInstalment> instalments, Money totalPayable, int graceDays,
                               String paymentReference, LocalDate letterDate) {

    public AgreementRequest {
        String r = "AgreementRequest";
        Checks.text(planId, r, "planId");
        Checks.text(languageTag, r, "languageTag");
        Checks.present(creditor, r, "creditor");
        Checks.present(debtor, r, "debtor");
        Checks.text(agreedBy, r, "agreedBy");
        Checks.present(agreedOn, r, "agreedOn");
        Checks.present(total, r, "total");
        documentNumbers = List.copyOf(Checks.present(documentNumbers, r, "documentNumbers"));
        instalments = List.copyOf(Checks.present(instalments, r, "instalments"));
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("AgreementRequest.instalments must not be empty");
        }
        Checks.present(totalPayable, r, "totalPayable");
        if (graceDays < 0) {
            throw new IllegalArgumentException("AgreementRequest.graceDays must not be negative, was " + graceDays);
        }
        Checks.text(paymentReference, r, "paymentReference");
        Checks.present(letterDate, r, "letterDate");
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }
}
