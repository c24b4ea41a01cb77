package io.arrears.route.bankpayments;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Content keys for bank transactions. Banks reuse statement ids, so deduplication looks at content:
 * account, booking date, amount, direction, reversal and the references. Two identical transactions
 * in one statement get occurrence index 0 and 1, so both count, and a re-import yields the same keys.
 */
final class TransactionKeys {

    private TransactionKeys() {
    }

    static String contentKey(String account, LocalDate bookingDate, Money amount, CreditDebit direction, boolean reversal,
            String endToEndId, String bankReference, String creditorReference, String remittanceText) {
        String canonical = String.join("\u001f", account, bookingDate.toString(), amount.amount().toPlainString(),
                amount.currencyCode(), direction.name(), Boolean.toString(reversal), nz(endToEndId), nz(bankReference),
                nz(creditorReference), nz(remittanceText));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Numbers repeated content keys in document order. */
    static List<BankTransaction> withOccurrenceIndexes(List<BankTransaction> transactions) {
        Map<String, Integer> seen = new HashMap<>();
        List<BankTransaction> out = new ArrayList<>(transactions.size());
        for (BankTransaction t : transactions) {
            int index = seen.merge(t.contentKey(), 1, Integer::sum) - 1;
            out.add(t.withOccurrenceIndex(index));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
