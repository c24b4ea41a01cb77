package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;

/**
 * One payment of a plan agreement letter.
 *
 * @param number       1, 2, ... (a down payment is number 0)
 * @param downPayment  the first payment made at once
 * @param interest     the interest part of {@code amount}, zero when the plan charges none
 */
public record AgreementInstalment(int number, boolean downPayment, LocalDate dueDate, Money amount, Money interest) {

    public AgreementInstalment {
        Checks.present(dueDate, "AgreementInstalment", "dueDate");
        Checks.present(amount, "AgreementInstalment", "amount");
        Checks.present(interest, "AgreementInstalment", "interest");
        if (number < 0) {
            throw new IllegalArgumentException("AgreementInstalment.number must not be negative, was " + number);
        }
    }
}
