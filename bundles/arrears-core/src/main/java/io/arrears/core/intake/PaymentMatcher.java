package io.arrears.core.intake;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.money.Money;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches an incoming payment to open items, trying in order: (1) the structured creditor reference,
 * (2) invoice numbers in the remittance text, (3) a unique open item with exactly this amount whose
 * customer name matches the payer. It never guesses: when a rule finds more than one candidate the
 * result is UNMATCHED with a reason starting "ambiguous". Pure: no state between calls.
 */
public final class PaymentMatcher {

    private final InvoiceNumberExtractor invoiceNumbers;

    /** @param invoiceNumbers how invoice numbers look in free text (the ERP's numbering pattern) */
    public PaymentMatcher(InvoiceNumberExtractor invoiceNumbers) {
        this.invoiceNumbers = Objects.requireNonNull(invoiceNumbers, "invoiceNumbers");
    }

    public MatchResult match(BankTransaction payment, Collection<MatchCandidate> candidates) {
        if (!payment.isIncomingPayment()) {
            return MatchResult.unmatched("not an incoming booked payment (" + payment.direction()
                    + (payment.reversal() ? ", reversal" : "") + ", " + payment.status() + ")");
        }
        Money amount = payment.amount();
        List<MatchCandidate> sameCurrency = candidates.stream()
                .filter(c -> c.residual().currency().equals(amount.currency()))
                .toList();

        String reference = payment.creditorReference();
        if (reference != null && !reference.isBlank()) {
            String ref = compact(reference);
            List<MatchCandidate> hits = sameCurrency.stream()
                    .filter(c -> c.paymentReference() != null && compact(c.paymentReference()).equals(ref))
                    .toList();
            if (hits.size() == 1) {
                return MatchResult.matched(MatchRule.STRUCTURED_REFERENCE, hits, "reference " + ref);
            }
            if (hits.size() > 1) {
                return MatchResult.unmatched("ambiguous: " + hits.size() + " open items carry reference " + ref + " " + ids(hits));
            }
        }

        List<String> numbers = invoiceNumbers.extract(payment.remittanceText());
        if (!numbers.isEmpty()) {
            Set<String> wanted = numbers.stream().map(PaymentMatcher::compact).collect(Collectors.toSet());
            List<MatchCandidate> hits = sameCurrency.stream().filter(c -> wanted.contains(compact(c.documentNumber()))).toList();
            if (hits.size() == 1) {
                return MatchResult.matched(MatchRule.INVOICE_NUMBER_IN_TEXT, hits, "invoice number " + hits.get(0).documentNumber()
                        + " in remittance text");
            }
            if (hits.size() > 1) {
                long distinctNumbers = hits.stream().map(c -> compact(c.documentNumber())).distinct().count();
                Money total = hits.stream().map(MatchCandidate::residual).reduce(Money::plus).orElseThrow();
                if (distinctNumbers == hits.size() && total.compareTo(amount) == 0) {
                    return MatchResult.matched(MatchRule.INVOICE_NUMBER_IN_TEXT, hits, "invoice numbers " + numbers
                            + " in remittance text, residuals add up to " + amount);
                }
                return MatchResult.unmatched("ambiguous: remittance text names " + hits.size() + " open items " + ids(hits)
                        + " whose residuals (" + total + ") do not add up to the payment " + amount);
            }
        }

        String payer = words(payment.debtorName());
        if (!payer.isEmpty()) {
            List<MatchCandidate> hits = sameCurrency.stream()
                    .filter(c -> c.residual().compareTo(amount) == 0)
                    .filter(c -> namesMatch(payer, words(c.customerName())))
                    .toList();
            if (hits.size() == 1) {
                return MatchResult.matched(MatchRule.AMOUNT_AND_NAME, hits, "amount " + amount + " and payer name '"
                        + payment.debtorName() + "'");
            }
            if (hits.size() > 1) {
                return MatchResult.unmatched("ambiguous: " + hits.size() + " open items of " + amount + " for payer '"
                        + payment.debtorName() + "' " + ids(hits));
            }
        }
        return MatchResult.unmatched("no open item matches reference " + (reference == null ? "(none)" : reference)
                + ", invoice numbers " + numbers + " or amount " + amount + " with payer '" + payment.debtorName() + "'");
    }

    /** Upper case without spaces: RF18 5390 0754 7034 equals RF18539007547034. */
    private static String compact(String s) {
        return s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Lower-case words without diacritics and punctuation: "Güneş İnşaat Ltd. Şti." -> "gunes insaat ltd sti". */
    static String words(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('ı', 'i').replace('ø', 'o').replace('ß', 's');
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** One name's words are a whole-word prefix of the other's (banks truncate payer names). */
    private static boolean namesMatch(String payer, String customer) {
        if (customer.isEmpty()) {
            return false;
        }
        return (customer + " ").startsWith(payer + " ") || (payer + " ").startsWith(customer + " ");
    }

    private static String ids(List<MatchCandidate> items) {
        return items.stream().map(MatchCandidate::itemId).collect(Collectors.joining(", ", "(", ")"));
    }
}
