package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.Optional;

/** A fee itemised on the letter, optionally tied to one document. */
public record FeeLine(FeeKind kind, Optional<String> documentNumber, Money amount) {

    public FeeLine {
        Checks.present(kind, "FeeLine", "kind");
        documentNumber = Checks.optionalText(documentNumber, "FeeLine", "documentNumber");
        Checks.present(amount, "FeeLine", "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("FeeLine.amount (" + kind + ") must be positive, was " + amount);
        }
    }

    public static FeeLine of(FeeKind kind, String documentNumber, Money amount) {
        return new FeeLine(kind, Optional.ofNullable(documentNumber), amount);
    }
}
