package io.arrears.letters;

import io.arrears.api.letter.LetterRenderingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of an EPC QR code (EPC069-12 "SEPA credit transfer", version 002, UTF-8): a banking app scans it
 * and fills in a transfer. Lines in order: BCD, 002, 1, SCT, BIC, name, IBAN, EUR amount, purpose, structured
 * reference, unstructured text, note to payer; trailing empty lines are left off.
 *
 * @param amount       EUR 0.01–999999999.99 with at most two decimals
 * @param purpose      4-character ISO 20022 purpose code, optional
 * @param reference    structured creditor reference (RF, ≤ 35), or empty when {@code text} is used
 * @param text         unstructured remittance text (≤ 140), or empty when {@code reference} is used
 * @param noteToPayer  shown to the payer by the app (≤ 70), optional
 */
record EpcQrPayload(Optional<String> bic, String name, String iban, BigDecimal amount, Optional<String> purpose,
                    Optional<String> reference, Optional<String> text, Optional<String> noteToPayer) {

    static final int MAX_BYTES = 331;
    private static final BigDecimal MIN = new BigDecimal("0.01");
    private static final BigDecimal MAX = new BigDecimal("999999999.99");

    EpcQrPayload {
        bic.ifPresent(b -> {
            if (!b.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
                throw invalid("BIC", b, "must be 8 or 11 characters: 4 bank letters, 2 country letters, 2 and optionally 3 more letters or digits");
            }
        });
        if (name == null || name.isBlank() || name.length() > 70) {
            throw invalid("beneficiary name", name, "must have 1 to 70 characters");
        }
        iban = Iban.normalise(iban);
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw invalid("amount", amount.toPlainString(), "has more than two decimals");
        }
        if (amount.compareTo(MIN) < 0 || amount.compareTo(MAX) > 0) {
            throw invalid("amount", amount.toPlainString(), "must be between EUR 0.01 and 999999999.99");
        }
        purpose.ifPresent(p -> {
            if (!p.matches("[A-Z0-9]{4}")) {
                throw invalid("purpose", p, "must be a 4-character ISO 20022 purpose code");
            }
        });
        if (reference.isPresent() == text.isPresent()) {
            throw invalid("remittance", reference.orElse("") + text.orElse(""),
                    "give either a structured reference or an unstructured text, exactly one");
        }
        reference.ifPresent(r -> {
            if (r.length() > 35) {
                throw invalid("reference", r, "must have at most 35 characters");
            }
        });
        text.ifPresent(t -> {
            if (t.isBlank() || t.length() > 140) {
                throw invalid("text", t, "must have 1 to 140 characters");
            }
        });
        noteToPayer.ifPresent(n -> {
            if (n.length() > 70) {
                throw invalid("note to payer", n, "must have at most 70 characters");
            }
        });
        int bytes = lines(bic, name, iban, amount, purpose, reference, text, noteToPayer).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new LetterRenderingException("EPC QR payload has " + bytes + " bytes, more than the " + MAX_BYTES + " allowed");
        }
    }

    static EpcQrPayload withReference(String bic, String name, String iban, BigDecimal amount, String reference) {
        return new EpcQrPayload(Optional.ofNullable(bic), name, iban, amount, Optional.empty(), Optional.of(reference),
                Optional.empty(), Optional.empty());
    }

    /** The payload, lines separated by LF, to be encoded as UTF-8. */
    String encode() {
        return lines(bic, name, iban, amount, purpose, reference, text, noteToPayer);
    }

    private static String lines(Optional<String> bic, String name, String iban, BigDecimal amount, Optional<String> purpose,
                                Optional<String> reference, Optional<String> text, Optional<String> note) {
        List<String> lines = new ArrayList<>(List.of("BCD", "002", "1", "SCT", bic.orElse(""), name, iban,
                "EUR" + amount.setScale(2).toPlainString(), purpose.orElse(""), reference.orElse(""), text.orElse(""),
                note.orElse("")));
        while (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    private static LetterRenderingException invalid(String field, String value, String why) {
        return new LetterRenderingException("EPC QR " + field + " '" + value + "' " + why);
    }
}
