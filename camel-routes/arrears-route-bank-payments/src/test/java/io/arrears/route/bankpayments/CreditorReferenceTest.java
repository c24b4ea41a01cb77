package io.arrears.route.bankpayments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void validatesTheStandardExample() {
        // ISO 11649's example: creditor reference 539007547034 -> RF18 5390 0754 7034
        assertThat(CreditorReference.isValid("RF18539007547034")).isTrue();
        assertThat(CreditorReference.isValid("RF18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.isValid("rf18539007547034")).isTrue();
        assertThat(CreditorReference.create("539007547034")).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.printed("RF18539007547034")).isEqualTo("RF18 5390 0754 7034");
    }

    @Test
    void refusesWrongCheckDigitsAndShapes() {
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
        assertThat(CreditorReference.isValid("RF18")).isFalse();
        assertThat(CreditorReference.isValid("RF181234567890123456789012")).as("22 characters after check digits").isFalse();
        assertThat(CreditorReference.isValid("XX18539007547034")).isFalse();
        assertThat(CreditorReference.isValid(null)).isFalse();
        assertThatThrownBy(() -> CreditorReference.create("FV/2025/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'FV/2025/1' must be 1 to 21 letters or digits");
    }

    @Test
    void findsAValidReferenceInFreeText() {
        assertThat(CreditorReference.findIn("Zahlung RF18 5390 0754 7034 Rechnung 42")).contains("RF18539007547034");
        assertThat(CreditorReference.findIn("ref RF18539007547034, thanks")).contains("RF18539007547034");
        assertThat(CreditorReference.findIn("RF19 5390 0754 7034 wrong digits")).isEmpty();
        assertThat(CreditorReference.findIn(null)).isEmpty();
    }

    @Property(tries = 200)
    void everyCreatedReferenceIsValid(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 21) String base) {
        String rf = CreditorReference.create(base);

        assertThat(CreditorReference.isValid(rf)).isTrue();
        assertThat(CreditorReference.isValid(CreditorReference.printed(rf))).isTrue();
    }

    @Property(tries = 200)
    void changingOneDigitBreaksTheCheck(@ForAll @NumericChars @StringLength(min = 4, max = 21) String base) {
        String rf = CreditorReference.create(base);
        char last = rf.charAt(rf.length() - 1);
        String altered = rf.substring(0, rf.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);

        assertThat(CreditorReference.isValid(altered)).isFalse();
    }
}
