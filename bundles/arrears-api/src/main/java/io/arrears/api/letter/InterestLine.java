package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Late-payment interest on one document, itemised on the letter.
 *
 * @param ratePercent yearly rate in percent, e.g. {@code 11.27}
 * @param from        first day interest runs
 * @param to          last day counted
 */
public record InterestLine(String documentNumber, BigDecimal ratePercent, LocalDate from, LocalDate to, Money amount) {

    public InterestLine {
        Checks.text(documentNumber, "InterestLine", "documentNumber");
        Checks.present(ratePercent, "InterestLine", "ratePercent");
        Checks.present(from, "InterestLine", "from");
        Checks.present(to, "InterestLine", "to");
        Checks.present(amount, "InterestLine", "amount");
        if (ratePercent.signum() < 0) {
            throw new IllegalArgumentException("InterestLine.ratePercent of " + documentNumber + " must not be negative, was " + ratePercent);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("InterestLine " + documentNumber + ": to " + to + " is before from " + from);
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("InterestLine.amount of " + documentNumber + " must be positive, was " + amount);
        }
    }
}
